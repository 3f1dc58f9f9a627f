//! `dva drill` in plain mode, driven over stdin/stdout.

mod common;

use common::{Dva, answers, letter_of, practice_bank};
use predicates::prelude::*;

/// Answer each practice question: the first right, the rest as `plan` says.
fn keyed(question: &str) -> String {
    letter_of(question, "KEYED").into_iter().collect()
}

/// Wrong letters, as many as the item asks for.
fn wrong(question: &str) -> String {
    let n = if question.contains("(Choose TWO.)") {
        2
    } else {
        1
    };
    letter_of(question, "wrong").into_iter().take(n).collect()
}

#[test]
fn right_and_wrong_answers_are_scored_stored_and_explained() {
    let dva = Dva::new();
    let bank = practice_bank();
    let mut live = dva.spawn(&[
        "drill", "codestar", "-n", "3", "--seed", "5", "--bank", &bank,
    ]);
    let mut expected = Vec::new();
    for i in 0..3 {
        let q = live.until("to stop: ");
        assert!(q.contains(&format!("{} of 3", i + 1)), "{q}");
        let id = ["t-single-1", "t-single-2", "t-multi-1"]
            .into_iter()
            .find(|id| q.contains(&format!("[{id}]")))
            .unwrap();
        // Right on even positions, wrong on odd ones.
        let right = i % 2 == 0;
        let typed = if right {
            keyed(&q).to_lowercase()
        } else {
            wrong(&q)
        };
        live.send(&typed);
        let feedback = live.until(if i < 2 { "Question" } else { "Score:" });
        let key = keyed(&q);
        if right {
            assert!(feedback.contains("Correct."), "{feedback}");
        } else {
            assert!(feedback.contains("Incorrect."), "{feedback}");
        }
        // The verdict names the keyed letters as displayed.
        let shown_key: Vec<String> = key.chars().map(String::from).collect();
        assert!(feedback.contains(&shown_key.join(", ")), "{feedback}");
        assert!(
            feedback.contains("keyed"),
            "explanation and rationale shown"
        );
        assert!(feedback.contains("Wrong:"), "a rationale line per option");
        if id != "t-single-2" {
            assert!(feedback.contains("dva notes 6.5"), "{feedback}");
        }
        expected.push((id.to_string(), right));
    }
    let (status, rest) = live.finish();
    assert!(status.success());
    assert!(rest.contains("codestar"), "summary per topic: {rest}");
    assert!(rest.contains("3 Deployment"), "summary per domain: {rest}");
    assert!(rest.contains("Next: drill your weakest topic again: dva drill codestar"));

    let stored = answers(&dva.store());
    assert_eq!(stored.len(), 3);
    for ((id, chosen, correct), (want_id, right)) in stored.iter().zip(&expected) {
        assert_eq!(id, want_id);
        assert_eq!(correct, right);
        // Chosen letters are stored in the bank's order, not the shuffled one.
        if *right {
            let key = match id.as_str() {
                "t-single-1" => "B",
                "t-single-2" => "A",
                _ => "BE",
            };
            assert_eq!(chosen, key);
        }
    }
}

#[test]
fn invalid_answers_are_asked_again_and_never_scored() {
    let dva = Dva::new();
    let bank = practice_bank();
    let mut live = dva.spawn(&[
        "drill", "codestar", "-n", "3", "--seed", "9", "--bank", &bank,
    ]);
    let mut multi_seen = false;
    for _ in 0..3 {
        let q = live.until("to stop: ");
        if q.contains("[t-multi-1]") {
            multi_seen = true;
            assert!(q.contains("choose 2 letters"), "{q}");
            // One letter for a Choose TWO item is refused.
            live.send("A");
            let r = live.until("to stop: ");
            assert!(r.contains("Not scored: choose 2 letters"), "{r}");
            let key = keyed(&q);
            let spaced: Vec<String> = key.chars().map(String::from).collect();
            live.send(&spaced.join(","));
        } else {
            live.send("Z");
            let r = live.until("to stop: ");
            assert!(
                r.contains("Not scored: `Z` is not a choice; type a letter from A to D"),
                "{r}"
            );
            live.send(&keyed(&q));
        }
        live.until("Correct.");
    }
    assert!(multi_seen);
    let (status, out) = live.finish();
    assert!(status.success());
    assert!(out.contains("Score: 3 of 3 correct (100%)"), "{out}");
    assert_eq!(
        answers(&dva.store()).len(),
        3,
        "refused input is not stored"
    );
}

#[test]
fn end_of_input_and_q_stop_cleanly() {
    let dva = Dva::new();
    let bank = practice_bank();
    dva.cmd()
        .args(["drill", "codestar", "--bank", &bank])
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::contains("No questions answered."));
    dva.cmd()
        .args(["drill", "codestar", "--bank", &bank])
        .write_stdin("q\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("Question 1 of 3"));
    assert!(answers(&dva.store()).is_empty());
}

#[test]
fn plain_mode_has_no_escape_sequences() {
    let dva = Dva::new();
    let out = dva
        .cmd()
        .args([
            "drill", "lambda", "-n", "3", "--seed", "1", "--color", "never",
        ])
        .write_stdin("A\nB\nC\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(!text.contains('\u{1b}'), "{text}");
    assert!(text.contains("Score:"));
}

#[test]
fn the_same_seed_gives_the_same_drill() {
    let a = Dva::new();
    let b = Dva::new();
    let run = |d: &Dva| {
        d.cmd()
            .args(["drill", "lambda", "apigw", "-n", "5", "--seed", "42"])
            .write_stdin("")
            .output()
            .unwrap()
            .stdout
    };
    let out = run(&a);
    assert_eq!(out, run(&b));
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("Question 1 of 5"));
}

#[test]
fn aliases_and_groups_resolve() {
    let dva = Dva::new();
    for name in [
        "ddb",
        "apigw",
        "cfn",
        "sfn",
        "ssm",
        "x-ray",
        "eb",
        "beanstalk",
        "cicd",
        "serverless",
        "security",
    ] {
        dva.cmd()
            .args(["drill", name, "-n", "1"])
            .write_stdin("")
            .assert()
            .success()
            .stdout(predicate::str::contains("Question 1 of 1"));
    }
}

#[test]
fn an_unknown_topic_names_the_closest_and_how_to_list() {
    Dva::new()
        .cmd()
        .args(["drill", "dynamo-db"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown topic `dynamo-db`"))
        .stderr(predicate::str::contains("dynamodb"))
        .stderr(predicate::str::contains("dva topics"));
}

#[test]
fn a_bad_count_says_what_is_allowed() {
    Dva::new()
        .cmd()
        .args(["drill", "kms", "-n", "0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("1..=1000").or(predicate::str::contains("1..1001")));
}

#[test]
fn a_broken_user_bank_is_skipped_with_a_warning() {
    let dva = Dva::new();
    let broken = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/banks/invalid/answer-out-of-range.toml"
    );
    dva.cmd()
        .args(["drill", "kms", "-n", "1", "--bank", broken])
        .write_stdin("")
        .assert()
        .success()
        .stderr(predicate::str::contains("warning: skipped bank"))
        .stderr(predicate::str::contains("answer-out-of-range.toml:13:10"))
        .stdout(predicate::str::contains("Question 1 of 1"));
}

#[test]
fn banks_in_the_data_directory_are_loaded() {
    let dva = Dva::new();
    std::fs::create_dir_all(dva.home().join("banks")).unwrap();
    std::fs::copy(practice_bank(), dva.home().join("banks/mine.toml")).unwrap();
    dva.cmd()
        .args(["drill", "codestar", "-n", "1"])
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::contains("[t-"));
}

#[test]
fn control_characters_never_reach_the_terminal() {
    // The checker refuses them, so such a bank is skipped, not printed.
    let dva = Dva::new();
    let bank = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/banks/invalid/control-character.toml"
    );
    let out = dva
        .cmd()
        .args(["drill", "codestar", "--bank", bank])
        .write_stdin("")
        .output()
        .unwrap();
    assert!(!out.stdout.contains(&0x1b));
    assert!(!out.stderr.contains(&0x1b));
}

#[test]
fn a_drill_with_no_answer_stores_no_session() {
    let dva = Dva::new();
    dva.cmd()
        .args(["drill", "kms", "-n", "2"])
        .write_stdin("")
        .assert()
        .success();
    let conn = rusqlite::Connection::open(dva.store()).unwrap();
    let sessions: i64 = conn
        .query_row("SELECT count(*) FROM sessions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(sessions, 0);
    dva.cmd()
        .args(["drill", "kms", "-n", "1"])
        .write_stdin("A\nA,B\nA,B,C\n")
        .assert()
        .success();
    let ended: Option<String> = conn
        .query_row("SELECT ended_at FROM sessions", [], |r| r.get(0))
        .unwrap();
    assert!(ended.is_some(), "a drill stopped by end of input is closed");
}

#[test]
fn a_trailing_question_mark_marks_a_correct_answer_as_a_guess() {
    let dva = Dva::new();
    let bank = practice_bank();
    let mut live = dva.spawn(&[
        "drill", "codestar", "-n", "2", "--seed", "5", "--bank", &bank,
    ]);
    let q = live.until("to stop: ");
    assert!(q.contains("if you guessed"), "{q}");
    live.send(&format!("{}?", keyed(&q)));
    let feedback = live.until("Question");
    assert!(feedback.contains("Correct."), "{feedback}");
    assert!(
        feedback.contains("Marked as a guess: it will come back for review sooner."),
        "{feedback}"
    );
    let q = live.until("to stop: ");
    // A word is no answer: said so, and the question is asked again.
    live.send("foo");
    live.until("`foo` is not an answer: type the letters, or q to stop.");
    live.until("to stop: ");
    // A question mark anywhere but at the end is refused, not scored.
    live.send(&format!("?{}", keyed(&q)));
    let r = live.until("to stop: ");
    assert!(r.contains("Not scored: put ? after the letters"), "{r}");
    live.send(&keyed(&q));
    let (status, out) = live.finish();
    assert!(status.success());
    assert!(!out.contains("Marked as a guess"), "{out}");
    let conn = rusqlite::Connection::open(dva.store()).unwrap();
    let guesses: Vec<(bool, bool)> = conn
        .prepare("SELECT correct, guess FROM answers ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(guesses, vec![(true, true), (true, false)]);
    // The session's history shows which answer was a guess.
    let history = dva
        .cmd()
        .args(["history", "1", "--bank", &bank])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let history = String::from_utf8(history).unwrap();
    let chosen = |row: usize| -> String {
        let line = history
            .lines()
            .find(|l| l.starts_with(&format!("| {row} ")))
            .unwrap_or_else(|| panic!("no row {row}:\n{history}"));
        line.split('|').nth(4).unwrap().trim().to_string()
    };
    assert!(chosen(1).ends_with('?'), "{history}");
    assert!(!chosen(2).ends_with('?'), "{history}");
    assert!(history.contains("? marks an answer you marked as a guess."));
}

#[test]
fn dva_now_sets_the_time_answers_are_stored_at() {
    let dva = Dva::new();
    dva.cmd()
        .args(["drill", "kms", "-n", "1"])
        .env("DVA_NOW", "2026-03-01T18:30:00+09:00")
        .write_stdin("A\nA,B\nA,B,C\n")
        .assert()
        .success();
    let conn = rusqlite::Connection::open(dva.store()).unwrap();
    let at: String = conn
        .query_row("SELECT answered_at FROM answers", [], |r| r.get(0))
        .unwrap();
    assert!(at.starts_with("2026-03-01T09:30:0"), "{at}");
    dva.cmd()
        .args(["drill", "kms", "-n", "1"])
        .env("DVA_NOW", "last tuesday")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "DVA_NOW=last tuesday is not an RFC 3339 time",
        ));
}
