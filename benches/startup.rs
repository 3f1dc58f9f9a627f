//! Start-up cost: decoding and checking the bank, and a whole `dva drill`
//! process from start to its first question, with the built-in bank and
//! with a generated bank of 1,000 questions.

use std::hint::black_box;
use std::process::{Command, Stdio};

use criterion::{Criterion, criterion_group, criterion_main};
use dva::bank::{Bank, builtin_sources, parse};

/// Copies of the built-in bank files with fresh ids, `copies` times over.
fn generated(copies: usize) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for k in 0..copies {
        for (name, text) in builtin_sources() {
            let text = text.replace("id = \"", &format!("id = \"g{k}-"));
            out.push((format!("{k}-{name}"), text));
        }
    }
    out
}

fn thousand() -> Vec<(String, String)> {
    let per_copy = Bank::builtin().questions().len().max(1);
    generated(1000usize.div_ceil(per_copy))
}

fn bank(c: &mut Criterion) {
    let builtin = builtin_sources();
    let big = thousand();
    let big_items = parse::parse_many(&big, &[]).questions;
    assert!(big_items.len() >= 1000);
    let (big_index, big_texts) = dva::bank::model::encode(&big_items);
    let big_texts: &'static [u8] = Box::leak(big_texts.into_boxed_slice());

    let mut g = c.benchmark_group("bank");
    g.bench_function("builtin: decode (start-up path)", |b| {
        b.iter(|| black_box(Bank::builtin()))
    });
    g.bench_function("builtin: decode and show the first question's text", |b| {
        b.iter(|| {
            let bank = Bank::builtin();
            black_box(bank.questions()[0].text().stem.len())
        })
    });
    g.bench_function("builtin: parse and check TOML", |b| {
        b.iter(|| black_box(parse::parse_many(&builtin, &[])))
    });
    g.bench_function(format!("{} questions: decode", big_items.len()), |b| {
        b.iter(|| {
            black_box(Bank::from_questions(dva::bank::model::decode(
                &big_index, big_texts,
            )))
        })
    });
    g.bench_function(
        format!("{} questions: parse and check TOML", big_items.len()),
        |b| b.iter(|| black_box(parse::parse_many(&big, &[]))),
    );
    g.finish();
}

fn process(c: &mut Criterion) {
    let home = tempfile::tempdir().unwrap();
    let gen_dir = tempfile::tempdir().unwrap();
    for (name, text) in thousand() {
        std::fs::write(gen_dir.path().join(name.replace('/', "_")), text).unwrap();
    }
    let run = |extra: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_dva"))
            .args(["drill", "lambda", "-n", "1", "--plain"])
            .args(extra)
            .env("DVA_HOME", home.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .output()
            .unwrap();
        assert!(out.stdout.starts_with(b"Question 1 of 1"));
    };
    let mut g = c.benchmark_group("process");
    g.bench_function("dva drill lambda: start to first question and exit", |b| {
        b.iter(|| run(&[]))
    });
    let dir = gen_dir.path().to_str().unwrap().to_string();
    g.bench_function(
        "dva drill lambda --bank <1,000 extra questions as TOML>",
        |b| b.iter(|| run(&["--bank", &dir])),
    );
    g.finish();
}

criterion_group!(benches, bank, process);
criterion_main!(benches);
