//! `dva review`: the schedule replayed from the answer log, `--due`, the
//! guess mark, drill order by predicted recall and the `--forecast` report.
//! Time is set with DVA_NOW and the calendar with TZ=UTC.

mod common;

use std::borrow::BorrowMut;

use common::{Dva, answers, letter_of, practice_bank};
use dva::bank::Bank;
use predicates::prelude::*;
use serde_json::Value;

/// One answer to put in the log: (question id, correct, guess, RFC 3339).
type Row<'a> = (&'a str, bool, bool, &'a str);

/// Write answers straight into the store, as if given at those times.
fn record(dva: &Dva, rows: &[Row]) {
    // Create the store as dva does; reports only read one.
    dva::store::Store::open_in(dva.home()).unwrap();
    let bank = Bank::with_user_banks(&[practice_bank().into()]);
    let conn = rusqlite::Connection::open(dva.store()).unwrap();
    conn.execute(
        "INSERT INTO sessions (mode, topics, seed, planned, started_at) VALUES ('drill', 'test', '0', ?1, '2026-01-01T00:00:00Z')",
        [rows.len() as i64],
    )
    .unwrap();
    let session = conn.last_insert_rowid();
    for (id, correct, guess, at) in rows {
        let q = bank.get(id).unwrap_or_else(|| panic!("no question {id}"));
        conn.execute(
            "INSERT INTO answers (session_id, question_id, topic, domain, chosen, correct, guess, seconds, answered_at, mode)
             VALUES (?1, ?2, ?3, ?4, 'A', ?5, ?6, 10, ?7, 'drill')",
            rusqlite::params![session, id, q.topic, q.domain, correct, guess, at],
        )
        .unwrap();
    }
}

/// `dva ARGS` at `now` (UTC calendar), with the practice bank loaded.
fn at(dva: &Dva, now: &str, args: &[&str]) -> assert_cmd::Command {
    let mut c = dva.cmd();
    c.env("DVA_NOW", now)
        .env("TZ", "UTC")
        .args(args)
        .args(["--bank", &practice_bank()]);
    c
}

/// Standard output of a command that must succeed (owned or borrowed).
fn stdout(mut c: impl BorrowMut<assert_cmd::Command>) -> String {
    let out = c
        .borrow_mut()
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

fn json(c: impl BorrowMut<assert_cmd::Command>) -> Value {
    serde_json::from_str(&stdout(c)).unwrap()
}

fn due_days(v: &Value) -> Vec<u64> {
    v["days"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["due"].as_u64().unwrap())
        .collect()
}

#[test]
fn an_empty_store_says_there_is_nothing_to_review() {
    let dva = Dva::new();
    dva.cmd()
        .arg("review")
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Nothing to review yet"))
        .stdout(predicate::str::contains("dva drill TOPIC"));
    let v = json(at(
        &dva,
        "2026-05-01T12:00:00Z",
        &["review", "--due", "--json"],
    ));
    assert_eq!(due_days(&v), [0; 8]);
    assert_eq!(v["days"][0]["date"], "2026-05-01");
    assert_eq!(v["days"][7]["date"], "2026-05-08");
    at(&dva, "2026-05-01T12:00:00Z", &["review", "--due"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Nothing is scheduled yet"));
    at(&dva, "2026-05-01T12:00:00Z", &["review", "--forecast"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Too few answers to trust this forecast: 0 of the 100 it needs (exam questions",
        ));
    // A topic with no questions gets no advice to drill it.
    dva.cmd()
        .args(["review", "codestar"])
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Nothing to review: the bank has no questions in codestar",
        ))
        .stdout(predicate::str::contains("dva drill").not());
}

/// t-single-1: right twice, an hour apart. t-single-2: wrong. t-multi-1:
/// right, then right but marked as a guess.
const HISTORY: [Row; 5] = [
    ("t-single-1", true, false, "2026-05-01T09:00:00Z"),
    ("t-multi-1", true, false, "2026-05-01T09:00:00Z"),
    ("t-single-2", false, false, "2026-05-01T09:30:00Z"),
    ("t-single-1", true, false, "2026-05-01T10:00:00Z"),
    ("t-multi-1", true, true, "2026-05-01T10:00:00Z"),
];

#[test]
fn a_known_history_gives_the_due_dates_the_crate_computes() {
    // The crate itself, fed the same history.
    use rs_fsrs::{Card, FSRS, Parameters, Rating};
    // Default weights, long-term scheduling only (no same-day steps).
    let fsrs = FSRS::new(Parameters {
        enable_short_term: false,
        ..Parameters::default()
    });
    let mut cards: std::collections::HashMap<&str, Card> = Default::default();
    for (id, correct, guess, at) in HISTORY {
        let when = chrono::DateTime::parse_from_rfc3339(at).unwrap().to_utc();
        let rating = match (correct, guess) {
            (false, _) => Rating::Again,
            (true, true) => Rating::Hard,
            (true, false) => Rating::Good,
        };
        let card = cards.remove(id).unwrap_or_default();
        cards.insert(id, fsrs.next(card, when, rating).card);
    }
    let due = |id: &str| {
        cards[id]
            .due
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    };
    // Good, Good: 4 days; Again: 1 day; Good, Hard: 3 days. Never sooner
    // than a day: a question asked again minutes later tests only its letter.
    assert_eq!(due("t-single-1"), "2026-05-05T10:00:00Z");
    assert_eq!(due("t-single-2"), "2026-05-02T09:30:00Z");
    assert_eq!(due("t-multi-1"), "2026-05-04T10:00:00Z");

    let dva = Dva::new();
    record(&dva, &HISTORY);
    let v = json(at(
        &dva,
        "2026-05-01T12:00:00Z",
        &["review", "--due", "--json", "codestar"],
    ));
    assert_eq!(due_days(&v), [0, 1, 0, 1, 1, 0, 0, 0]);
    assert_eq!(v["topics"][0], "codestar");

    // Before the last answers, the schedule is as it stood then.
    at(&dva, "2026-05-01T09:05:00Z", &["review", "codestar"])
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Nothing is due for review in codestar. The next question is due 2026-05-04 09:00 (in 3 days).",
        ));

    // Not due yet, but later today: said so, as --due counts it for today.
    at(&dva, "2026-05-02T08:00:00Z", &["review", "codestar"])
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Nothing is due for review in codestar right now. Due later today: 1, the first at 2026-05-02 09:30 (in 90 minutes).",
        ));
    let v = json(at(
        &dva,
        "2026-05-02T08:00:00Z",
        &["review", "--due", "--json", "codestar"],
    ));
    assert_eq!(due_days(&v)[0], 1);

    // Most overdue first: t-single-2 (05-02) before t-multi-1 (05-04).
    let out = stdout(at(&dva, "2026-05-04T12:00:00Z", &["review", "codestar"]).write_stdin(""));
    assert!(
        out.starts_with("2 questions are due for review in codestar, most overdue first."),
        "{out}"
    );
    assert!(out.contains("Question 1 of 2  [t-single-2]"), "{out}");
    let out = stdout(
        at(
            &dva,
            "2026-05-04T12:00:00Z",
            &["review", "codestar", "-n", "1"],
        )
        .write_stdin(""),
    );
    assert!(
        out.starts_with("2 questions are due for review in codestar; here is the most overdue."),
        "{out}"
    );
    assert!(out.contains("Question 1 of 1  [t-single-2]"), "{out}");
}

#[test]
fn exam_questions_left_unanswered_stay_unseen() {
    let dva = Dva::new();
    at(
        &dva,
        "2026-05-01T09:00:00Z",
        &["exam", "-n", "3", "--seed", "1"],
    )
    .write_stdin("submit\n")
    .assert()
    .success()
    .stdout(predicate::str::contains("3 unanswered"));
    // Scored wrong in the exam, as on the real one...
    let rows = answers(&dva.store());
    assert_eq!(rows.len(), 3);
    assert!(
        rows.iter()
            .all(|(_, chosen, correct)| chosen.is_empty() && !correct)
    );
    // ...but never tried, so nothing falls due: they are still new.
    let v = json(at(
        &dva,
        "2026-05-01T10:00:00Z",
        &["review", "--due", "--json"],
    ));
    assert_eq!(due_days(&v), [0; 8]);
}

#[test]
fn a_review_session_is_stored_as_review_and_reschedules() {
    let dva = Dva::new();
    record(&dva, &HISTORY);
    let bank = practice_bank();
    let mut live = dva.spawn_with(
        &["review", "codestar", "--seed", "3", "--bank", &bank],
        &[("TZ", "UTC"), ("DVA_NOW", "2026-05-04T12:00:00Z")],
    );
    for _ in 0..2 {
        let q = live.until("to stop: ");
        let key: String = letter_of(&q, "KEYED").into_iter().collect();
        live.send(&key);
        live.until("Correct.");
    }
    let (status, out) = live.finish();
    assert!(status.success(), "{out}");
    assert!(out.contains("Score: 2 of 2 correct (100%)"), "{out}");
    let conn = rusqlite::Connection::open(dva.store()).unwrap();
    let modes: Vec<(String, String)> = conn
        .prepare("SELECT a.mode, s.mode FROM answers a JOIN sessions s ON s.id = a.session_id WHERE a.mode = 'review'")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(modes.len(), 2);
    assert!(modes.iter().all(|(a, s)| a == "review" && s == "review"));
    // Both answered right: nothing due for at least a day.
    at(&dva, "2026-05-05T00:00:00Z", &["review"])
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Nothing is due for review right now.",
        ));
}

#[test]
fn the_guess_mark_brings_a_question_back_sooner() {
    let due_after = |typed_suffix: &str| {
        let dva = Dva::new();
        record(&dva, &[("t-single-1", true, false, "2026-05-01T09:00:00Z")]);
        // Due on 05-04 at 09:00: reviewed at 09:20, with or without the
        // guess mark.
        let bank = practice_bank();
        let mut live = dva.spawn_with(
            &["review", "--bank", &bank],
            &[("TZ", "UTC"), ("DVA_NOW", "2026-05-04T09:20:00Z")],
        );
        let q = live.until("to stop: ");
        let key: String = letter_of(&q, "KEYED").into_iter().collect();
        live.send(&format!("{key}{typed_suffix}"));
        live.until("Correct.");
        let (status, _) = live.finish();
        assert!(status.success());
        let conn = rusqlite::Connection::open(dva.store()).unwrap();
        let guess: bool = conn
            .query_row("SELECT guess FROM answers WHERE mode = 'review'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(guess, typed_suffix == "?");
        due_days(&json(at(
            &dva,
            "2026-05-04T09:21:00Z",
            &["review", "--due", "--json"],
        )))
    };
    // Good grows stability past the 7 days shown; Hard (FSRS's hard penalty
    // on the growth) brings it back within them.
    // Good grows the stability (3.13 days) past the week shown; Hard grows
    // it less (FSRS's hard penalty): due in 5 days.
    assert_eq!(due_after(""), [0; 8]);
    assert_eq!(due_after("?"), [0, 0, 0, 0, 0, 1, 0, 0]);
}

#[test]
fn drills_take_never_seen_first_then_the_lowest_predicted_recall() {
    let dva = Dva::new();
    // t-single-1 right long ago (recall 56 % 30 days later); t-single-2
    // wrong a day ago (80 %); t-multi-1 right an hour ago (about 100 %).
    // "Last answered wrong" would pick t-single-2; FSRS picks t-single-1.
    record(
        &dva,
        &[
            ("t-single-1", true, false, "2026-04-01T09:00:00Z"),
            ("t-single-2", false, false, "2026-04-30T09:00:00Z"),
            ("t-multi-1", true, false, "2026-05-01T08:00:00Z"),
        ],
    );
    let out = stdout(
        at(
            &dva,
            "2026-05-01T09:00:00Z",
            &["drill", "codestar", "-n", "3", "--seed", "1"],
        )
        .write_stdin(""),
    );
    assert!(out.contains("Question 1 of 3  [t-single-1]"), "{out}");
    // A never-seen question comes before them all.
    let extra = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(practice_bank()).unwrap().replacen(
        "id = \"t-single-1\"",
        "id = \"t-new\"",
        1,
    );
    std::fs::write(extra.path().join("new.toml"), text).unwrap();
    let out = stdout(
        dva.cmd()
            .env("DVA_NOW", "2026-05-01T09:00:00Z")
            .args(["drill", "codestar", "-n", "1", "--seed", "1", "--bank"])
            .arg(extra.path())
            .write_stdin(""),
    );
    assert!(out.contains("Question 1 of 1  [t-new]"), "{out}");
}

/// 120 built-in questions, each answered once at `when`; right where
/// `right(i)` says.
fn builtin_history(dva: &Dva, when: &str, right: impl Fn(usize) -> bool) {
    let bank = Bank::builtin();
    let rows: Vec<(String, bool)> = bank
        .questions()
        .iter()
        .take(120)
        .enumerate()
        .map(|(i, q)| (q.id.clone(), right(i)))
        .collect();
    let rows: Vec<Row> = rows
        .iter()
        .map(|(id, r)| (id.as_str(), *r, false, when))
        .collect();
    record(dva, &rows);
}

fn forecast(dva: &Dva, now: &str, seed: &str) -> Value {
    json(at(
        dva,
        now,
        &["review", "--forecast", "--json", "--seed", seed],
    ))
}

#[test]
fn the_forecast_is_reproducible_with_a_seed() {
    let dva = Dva::new();
    builtin_history(&dva, "2026-05-01T09:00:00Z", |i| i % 3 != 0);
    let run = |seed: &str| {
        stdout(at(
            &dva,
            "2026-05-04T09:00:00Z",
            &["review", "--forecast", "--json", "--seed", seed],
        ))
    };
    let a = run("42");
    assert_eq!(a, run("42"));
    let v: Value = serde_json::from_str(&a).unwrap();
    assert_eq!(v["seed"], 42);
    assert_eq!(v["forecast"]["simulations"], 10_000);
    assert_eq!(v["forecast"]["questions"], 65);
    let b: Value = serde_json::from_str(&run("43")).unwrap();
    assert_ne!(v["forecast"], b["forecast"]);
    // Without --seed: seed 720, the forecast dva stats shows.
    let now = "2026-05-04T09:00:00Z";
    let unseeded = json(at(&dva, now, &["review", "--forecast", "--json"]));
    assert_eq!(unseeded["seed"], 720);
    let stats = json(at(&dva, now, &["stats", "--json"]));
    assert_eq!(unseeded["forecast"], stats["readiness"]["forecast"]);
    assert_ne!(unseeded["forecast"], Value::Null);
}

#[test]
fn the_forecast_says_when_fresh_misses_lift_it() {
    let dva = Dva::new();
    // 120 answers at 09:00, every third one wrong: 40 misses.
    builtin_history(&dva, "2026-05-01T09:00:00Z", |i| i % 3 != 0);
    let text = |now: &str| stdout(at(&dva, now, &["review", "--forecast"]));
    let soon = text("2026-05-01T10:00:00Z");
    assert!(
        soon.contains("40 of the questions counted were missed in the last 24 hours"),
        "{soon}"
    );
    assert_eq!(
        forecast(&dva, "2026-05-01T10:00:00Z", "1")["fresh_misses"],
        40
    );
    // A day on, they are no longer fresh.
    let later = text("2026-05-02T09:00:00Z");
    assert!(!later.contains("last 24 hours"), "{later}");
    assert_eq!(
        forecast(&dva, "2026-05-02T09:00:00Z", "1")["fresh_misses"],
        0
    );
}

#[test]
fn the_forecast_rises_when_answers_get_better() {
    let weak = Dva::new();
    builtin_history(&weak, "2026-05-01T09:00:00Z", |i| i % 4 == 0);
    let strong = Dva::new();
    builtin_history(&strong, "2026-05-01T09:00:00Z", |i| i % 4 != 0);
    let now = "2026-05-04T09:00:00Z";
    let w = forecast(&weak, now, "7");
    let s = forecast(&strong, now, "7");
    let mean = |v: &Value| v["forecast"]["mean_percent"].as_f64().unwrap();
    let pass = |v: &Value| v["forecast"]["pass_probability"].as_f64().unwrap();
    assert!(mean(&s) > mean(&w) + 10.0, "{} vs {}", mean(&s), mean(&w));
    assert!(pass(&s) >= pass(&w));
    assert!(s["forecast"]["scaled_score"].as_u64() > w["forecast"]["scaled_score"].as_u64());
    assert_eq!(s["enough_data"], true);
    assert_eq!(s["answers"], 120);
    // Unseen questions count at the first-attempt accuracy of their domain.
    for d in s["domains"].as_array().unwrap() {
        if d["unseen"]["first_attempts"].as_u64().unwrap() >= 10 {
            assert_eq!(d["unseen"]["basis"], "first attempts");
        }
    }
    // The history: before the answers there were none.
    let answers: Vec<u64> = s["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["answers"].as_u64().unwrap())
        .collect();
    assert_eq!(answers, [0, 0, 0, 120]);
    assert!(s["history"][0]["forecast"].is_null());
    assert_eq!(s["history"][3]["forecast"], s["forecast"]);
    let text = stdout(at(&strong, now, &["review", "--forecast", "--seed", "7"]));
    assert!(!text.contains("Too few answers"), "{text}");
    assert!(text.contains("A 65-question exam today:"), "{text}");
    assert!(text.contains("80% interval"), "{text}");
    assert!(
        text.contains("The forecast over the last 30 days"),
        "{text}"
    );
    assert!(
        text.contains("30 days ago") && text.contains("2026-04-04"),
        "{text}"
    );
    // Paragraphs wrap at 80 columns.
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("AWS does not publish its scaling"), "{text}");
    assert!(
        text.lines().all(|l| console::measure_text_width(l) <= 80),
        "{text}"
    );
}

#[test]
fn review_options_are_checked() {
    let dva = Dva::new();
    dva.cmd()
        .args(["review", "--json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--due"));
    dva.cmd()
        .args(["review", "--forecast", "lambda"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot be used with"));
    dva.cmd()
        .args(["review", "dynamo-db"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown topic `dynamo-db`"));
}
