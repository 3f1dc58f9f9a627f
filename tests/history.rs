//! `dva history` on a seeded store: the table of sessions and one session's
//! answers, exactly; an empty store; a question no longer in the bank.

mod common;

use common::Dva;
use predicates::prelude::*;

fn history(dva: &Dva, args: &[&str]) -> String {
    common::report(dva, "history", args)
}

use common::{seeded, widest};

#[test]
fn the_table_of_sessions_is_exact() {
    let dva = seeded();
    let out = history(&dva, &[]);
    assert!(
        out.contains(
            "|  1 | 2026-01-10 09:00 | drill | dynamodb |        10 | 4/10 40%   |     5:30 |"
        ),
        "{out}"
    );
    // An interrupted drill lasts until its last answer; one stopped early
    // shows how far it got.
    assert!(
        out.contains(
            "|  4 | 2026-03-25 08:00 | drill | lambda   |         8 | 5/8 62%    |     4:00 |"
        ),
        "{out}"
    );
    assert!(out.contains("|   3 of 10 | 1/3 33%    |"), "{out}");
    assert!(out.contains("| 6/10 60%,  |    20:00 |"), "{out}");
    assert!(out.contains("| 617 FAIL   |"), "{out}");
    assert!(widest(&out) <= 80, "{out}");
    insta::assert_snapshot!(out);
}

#[test]
fn one_session_shows_its_answers() {
    let dva = seeded();
    let exam = history(&dva, &["2"]);
    assert!(exam.starts_with("Session 2, exam (all domains)\nStarted 2026-02-01 10:00 UTC; finished; 20:00; score 6/10 60%, 617 FAIL\n"), "{exam}");
    assert!(
        exam.contains(
            "| 10 | secrets-manager-001 | secrets-manager | A      | B   | wrong   | 2:00 |"
        ),
        "{exam}"
    );
    assert!(exam.contains("dva exam review 2"), "{exam}");
    insta::assert_snapshot!("exam", exam);

    let in_progress = history(&dva, &["7"]);
    assert!(in_progress.contains("score in progress"), "{in_progress}");
    assert!(in_progress.contains("dva resume"), "{in_progress}");
}

#[test]
fn a_question_no_longer_in_the_bank_is_shown() {
    let dva = seeded();
    let out = history(&dva, &["4"]);
    assert!(
        out.contains("| 8 | lambda-retired-1 | lambda | A      | ?   | wrong   | 0:30 |"),
        "{out}"
    );
    assert!(out.contains("No longer in the bank (counted all the same): lambda-retired-1"));
    assert!(widest(&out) <= 80, "{out}");
    insta::assert_snapshot!(out);
}

#[test]
fn an_empty_store_and_an_unknown_id() {
    let dva = Dva::new();
    dva.cmd()
        .arg("history")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("No sessions yet."));
    assert!(!dva.store().exists());
    dva.cmd()
        .args(["history", "3"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no session 3"));
    let dva = seeded();
    dva.cmd()
        .args(["history", "99"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "there is no session 99; `dva history` lists them",
        ));
}

#[test]
fn topics_stay_whole_and_a_whole_group_goes_by_its_name() {
    let dva = Dva::new();
    let s = common::seed::Seed::open(&dva.store());
    let serverless = dva::blueprint::GROUPS
        .iter()
        .find(|(g, _)| *g == "serverless")
        .unwrap()
        .1;
    let right = [common::seed::right("lambda-001")];
    s.drill(serverless, 10, "2026-03-01T10:00:00Z", &right, false);
    s.drill(
        &[
            "elastic-beanstalk",
            "secrets-manager",
            "api-gateway",
            "lambda",
        ],
        10,
        "2026-03-02T10:00:00Z",
        &right,
        false,
    );
    let out = history(&dva, &[]);
    assert!(out.contains("| serverless "), "{out}");
    // Every slug on one line of its cell, never split in two.
    for slug in ["elastic-beanstalk", "secrets-manager", "api-gateway"] {
        assert!(out.contains(slug), "{slug} broken in:\n{out}");
    }
    assert!(widest(&out) <= 80, "{out}");
}
