//! The memory model and the forecast over a long history: 100,000 answers
//! to 1,000 questions over a year. Budget: the replay and the forecast
//! together (what `dva review --forecast` computes) under 300 ms.

use std::hint::black_box;
use std::time::SystemTime;

use chrono::{DateTime, TimeDelta, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use dva::bank::{Bank, Question};
use dva::engine::clock::rfc3339;
use dva::engine::forecast::{self, EXAM_QUESTIONS, SIMULATIONS};
use dva::engine::memory::{Answer, Memory};
use dva::store::{Mode, Store};
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

const ANSWERS: usize = 100_000;
const QUESTIONS: usize = 1_000;

/// Copies of the built-in questions with fresh ids, `QUESTIONS` in all.
fn questions() -> Vec<Question> {
    let builtin = Bank::builtin();
    builtin
        .questions()
        .iter()
        .cycle()
        .take(QUESTIONS)
        .enumerate()
        .map(|(i, q)| {
            let mut q = q.clone();
            q.id = format!("g{i}-{}", q.id);
            q
        })
        .collect()
}

/// `ANSWERS` answers spread over the year before `now`, in time order: 70 %
/// right, one right answer in ten marked as a guess.
fn history(questions: &[Question], now: DateTime<Utc>) -> Vec<Answer> {
    let mut rng = StdRng::seed_from_u64(1);
    let start = now - TimeDelta::days(365);
    let step = TimeDelta::days(365).num_seconds() / ANSWERS as i64;
    (0..ANSWERS)
        .map(|i| {
            let q = &questions[rng.random_range(0..questions.len())];
            let correct = rng.random::<f64>() < 0.7;
            Answer {
                question_id: q.id.clone(),
                domain: q.domain,
                correct,
                guess: correct && rng.random::<f64>() < 0.1,
                at: start + TimeDelta::seconds(step * i as i64),
            }
        })
        .collect()
}

fn model(c: &mut Criterion) {
    let now: DateTime<Utc> = DateTime::parse_from_rfc3339("2026-06-01T09:00:00Z")
        .unwrap()
        .to_utc();
    let qs = questions();
    let bank: Vec<&Question> = qs.iter().collect();
    let log = history(&qs, now);
    let memory = Memory::replay(&log);
    assert_eq!(memory.answers(), ANSWERS);
    let recall = forecast::bank_recall(&bank, &memory, now);

    let mut g = c.benchmark_group("memory");
    g.sample_size(20);
    g.bench_function("replay 100,000 answers through rs-fsrs", |b| {
        b.iter(|| black_box(Memory::replay(&log)))
    });
    g.bench_function("forecast: 10,000 simulated 65-question exams", |b| {
        b.iter(|| {
            let mut rng = StdRng::seed_from_u64(7);
            black_box(forecast::simulate(
                &recall,
                EXAM_QUESTIONS,
                SIMULATIONS,
                &mut rng,
            ))
        })
    });
    g.bench_function(
        "readiness report: replay at 5 dates, 4 forecasts, recall tables (100,000 answers)",
        |b| b.iter(|| black_box(forecast::readiness(&bank, &log, now, 7, SIMULATIONS))),
    );
    g.finish();
}

fn store(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let now: DateTime<Utc> = DateTime::parse_from_rfc3339("2026-06-01T09:00:00Z")
        .unwrap()
        .to_utc();
    let qs = questions();
    let log = history(&qs, now);
    let session = store
        .start_session(Mode::Drill, &["bench"], 0, ANSWERS, SystemTime::now())
        .unwrap();
    // One transaction for the set-up (dva itself commits each answer alone).
    let mut conn = rusqlite::Connection::open(store.path()).unwrap();
    let tx = conn.transaction().unwrap();
    for a in &log {
        tx.execute(
            "INSERT INTO answers (session_id, question_id, topic, domain, chosen, correct, guess, seconds, answered_at, mode)
             VALUES (?1, ?2, 'bench', ?3, 'A', ?4, ?5, 10, ?6, 'drill')",
            rusqlite::params![
                session,
                a.question_id,
                a.domain,
                a.correct,
                a.guess,
                rfc3339(a.at.into())
            ],
        )
        .unwrap();
    }
    tx.commit().unwrap();
    assert_eq!(store.answer_log().unwrap(), log);

    let mut g = c.benchmark_group("store");
    g.sample_size(20);
    g.bench_function("read 100,000 answers for the replay", |b| {
        b.iter(|| black_box(store.answer_log().unwrap()))
    });
    g.finish();
}

criterion_group!(benches, model, store);
criterion_main!(benches);
