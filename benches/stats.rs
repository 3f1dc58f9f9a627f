//! Reports over a store of 100,000 answers: `dva stats` (query, compute and
//! render) and `dva export` (query, rows and CSV or JSON), in process and as
//! whole `dva` processes. Budget: 200 ms for either on the 2-core
//! development machine.

#[allow(dead_code)]
#[path = "../tests/common/seed.rs"]
mod seed;

use std::hint::black_box;
use std::process::{Command, Stdio};

use criterion::{Criterion, criterion_group, criterion_main};
use dva::bank::Bank;
use dva::engine::progress::Progress;
use dva::export::Format;
use dva::export::datasets::{self, What};
use dva::store::Store;
use dva::store::queries::AnswerFilter;
use dva::ui::progress::{self, Scope};
use dva::ui::render::Look;

const ANSWERS: usize = 100_000;
const NOW: &str = "2025-03-15T00:00:00Z";

fn store() -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    seed::bulk(&home.path().join(dva::store::FILE_NAME), ANSWERS);
    home
}

fn in_process(c: &mut Criterion) {
    let home = store();
    let store = Store::open_in(home.path()).unwrap();
    let bank = Bank::builtin();
    let now = seed::at(NOW);
    let mut g = c.benchmark_group("in process, 100,000 answers");
    g.sample_size(20);
    g.bench_function("stats: query, compute and render", |b| {
        b.iter(|| {
            let answers = store.progress_answers(&AnswerFilter::default()).unwrap();
            let p = Progress::compute(&answers, now, |id| bank.get(id).map(|q| q.notes.as_slice()));
            black_box(progress::stats(
                &p,
                &Scope::default(),
                &[],
                &Look::plain(dva::i18n::Lang::En),
            ))
        })
    });
    for (name, what, format) in [
        ("export answers as CSV", What::Answers, Format::Csv),
        ("export answers as JSON", What::Answers, Format::Json),
        ("export topics as CSV", What::Topics, Format::Csv),
        ("export sessions as CSV", What::Sessions, Format::Csv),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| {
                let mut out = Vec::with_capacity(8 << 20);
                datasets::write(Some(&store), what, now, &mut *format.exporter(&mut out)).unwrap();
                black_box(out.len())
            })
        });
    }
    g.finish();
}

fn process(c: &mut Criterion) {
    let home = store();
    let out_dir = tempfile::tempdir().unwrap();
    let target = out_dir.path().join("answers.csv");
    let run = |args: &[&str]| {
        let status = Command::new(env!("CARGO_BIN_EXE_dva"))
            .args(args)
            .env("DVA_HOME", home.path())
            .env("DVA_NOW", NOW)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
    };
    let mut g = c.benchmark_group("process, 100,000 answers");
    g.sample_size(20);
    g.bench_function("dva stats", |b| b.iter(|| run(&["stats"])));
    g.bench_function("dva stats --json", |b| b.iter(|| run(&["stats", "--json"])));
    g.bench_function("dva export (answers, CSV, stdout)", |b| {
        b.iter(|| run(&["export"]))
    });
    g.bench_function("dva export --format json (answers, stdout)", |b| {
        b.iter(|| run(&["export", "--format", "json"]))
    });
    g.bench_function("dva export -o FILE (answers, CSV)", |b| {
        b.iter(|| run(&["export", "-o", target.to_str().unwrap()]))
    });
    g.bench_function("dva history (5,000 sessions)", |b| {
        b.iter(|| run(&["history"]))
    });
    g.finish();
}

criterion_group!(benches, in_process, process);
criterion_main!(benches);
