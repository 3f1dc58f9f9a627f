//! `dva stats` on stores seeded with known answers at fixed times: exact
//! tables and JSON, the filters, the empty store, a question no longer in
//! the bank, and tables that fit 80 columns.

mod common;

use common::Dva;
use common::seed::{self, NOW};
use predicates::prelude::*;

fn stats(dva: &Dva, args: &[&str]) -> String {
    common::report(dva, "stats", args)
}

use common::{seeded, widest};

/// The cells of the table row that starts with `first`.
fn row(text: &str, first: &str) -> Vec<String> {
    let line = text
        .lines()
        .find(|l| l.starts_with(&format!("| {first} ")))
        .unwrap_or_else(|| panic!("no row {first:?} in:\n{text}"));
    line.split('|')
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect()
}

#[test]
fn stats_of_a_seeded_store_are_exact() {
    let dva = seeded();
    let out = stats(&dva, &[]);
    // Spot checks by hand, then the whole report.
    assert!(out.starts_with("All practice: 47 answers in 6 sessions, 2026-01-10 to 2026-03-28\n"));
    // The 27 topics with questions, less the 10 practised; codestar has no
    // questions to practise, so it is not named.
    assert!(out.contains("Not practised yet (17): api-cli, "), "{out}");
    assert!(!out.contains("codestar"), "{out}");
    assert!(!stats(&dva, &["--domain", "2"]).contains("Not practised"));
    assert!(
        out.contains("Correct: 29 of 47 (62%); last 30 days: 19 of 27 (70%)."),
        "{out}"
    );
    assert_eq!(
        row(&out, "dynamodb"),
        ["dynamodb", "12", "6", "50%", "1/1 100%", "gap"]
    );
    assert_eq!(
        row(&out, "kms"),
        ["kms", "8", "7", "88%", "6/7 86%", "strong"]
    );
    assert_eq!(
        row(&out, "lambda"),
        ["lambda", "10", "7", "70%", "6/9 67%", "ok"]
    );
    assert_eq!(
        row(&out, "cognito"),
        ["cognito", "5", "3", "60%", "2/4 50%", "ok"]
    );
    assert_eq!(row(&out, "sam")[5], "too few answers");
    assert!(
        out.contains(
            "Drill them next:\n  dva drill dynamodb\n  dva drill cognito\n  dva drill lambda\n"
        ),
        "{out}"
    );
    // Both seeded exams have 10 questions: starred as shorter than 65.
    assert!(out.contains("   #2* 2026-02-01   617 FAIL  "), "{out}");
    assert!(out.contains("   #6* 2026-03-28   800 PASS  "), "{out}");
    assert!(
        out.contains("* fewer than 65 questions: a rougher estimate of the real exam."),
        "{out}"
    );
    assert!(
        !out.contains('\u{1b}'),
        "plain output has no escape sequences"
    );
    assert!(widest(&out) <= 80, "wider than 80 columns:\n{out}");
    insta::assert_snapshot!(out);
}

#[test]
fn stats_json_of_a_seeded_store_is_exact() {
    let dva = seeded();
    let out = stats(&dva, &["--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["all"]["answered"], 47);
    assert_eq!(v["exams"][1]["scaled_score"], 800);
    assert_eq!(v["weakest"][0]["command"], "dva drill dynamodb");
    insta::assert_snapshot!(out);
}

#[test]
fn an_empty_store_is_a_friendly_message() {
    let dva = Dva::new();
    dva.cmd()
        .arg("stats")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("No answers yet"))
        .stderr("");
    // Reports never create a store.
    assert!(!dva.store().exists());
    // A store with sessions but no answers is still empty.
    let s = seed::Seed::open(&dva.store());
    s.drill(&["kms"], 10, "2026-03-01T10:00:00Z", &[], false);
    dva.cmd()
        .arg("stats")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("No answers yet"));
    let json = stats(&dva, &["--json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["all"]["answered"], 0);
    assert_eq!(v["topics"], serde_json::json!([]));
}

#[test]
fn since_keeps_the_recent_answers() {
    let dva = seeded();
    // 7 days before 2026-03-31T12:00Z: the lambda and cognito drills and the
    // second exam.
    let out = stats(&dva, &["--since", "7d"]);
    assert!(
        out.starts_with(
            "Since 2026-03-24 12:00 UTC (7 days ago): 21 answers in 3 sessions, 2026-03-25 to 2026-03-28\n"
        ),
        "{out}"
    );
    assert_eq!(row(&out, "lambda")[..4], ["lambda", "9", "6", "67%"]);
    // Only the second exam's dynamodb question is that recent.
    assert_eq!(row(&out, "dynamodb")[..4], ["dynamodb", "1", "1", "100%"]);
    assert!(out.contains("   #6* 2026-03-28   800 PASS"), "{out}");
    assert!(!out.contains("#2*"), "{out}");
    insta::assert_snapshot!(out);
    // Nothing that recent: said plainly, not an error.
    let dva2 = Dva::new();
    let s = seed::Seed::open(&dva2.store());
    s.drill(
        &["kms"],
        1,
        "2026-01-01T10:00:00Z",
        &[seed::right("kms-001")],
        false,
    );
    let none = stats(&dva2, &["--since", "1d"]);
    assert!(none.contains("no answers"), "{none}");
}

#[test]
fn a_period_longer_than_the_records_reaches_back_to_the_start() {
    let dva = seeded();
    let all = stats(&dva, &[]);
    // 100 years before 2026 is before 1970, where timestamps begin.
    let century = stats(&dva, &["--since", "100y"]);
    assert!(
        century.starts_with("Since 1970-01-01 00:00 UTC"),
        "{century}"
    );
    assert_eq!(row(&century, "lambda"), row(&all, "lambda"));
    // Exams exist, just none in the period: said so, not "none yet".
    let recent = Dva::new();
    let mut s = seed::Seed::open(&recent.store());
    s.exam("2026-01-05T10:00:00Z", 20, &[seed::right("kms-001")]);
    s.drill(
        &["kms"],
        1,
        "2026-03-30T10:00:00Z",
        &[seed::right("kms-002")],
        false,
    );
    let week = stats(&recent, &["--since", "7d"]);
    assert!(
        week.contains("No mock exam finished in this period."),
        "{week}"
    );
    assert!(!week.contains("No finished mock exam yet"), "{week}");
    assert!(stats(&recent, &[]).contains("PASS"));
    // A clock set before 1970 is refused with a message, not a crash.
    dva.cmd()
        .env("DVA_NOW", "1900-01-01T00:00:00Z")
        .arg("stats")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("from 1970 on"));
}

#[test]
fn topic_and_domain_filters() {
    let dva = seeded();
    let kms = stats(&dva, &["--topic", "kms"]);
    assert!(
        kms.starts_with("Topic kms: 8 answers in 3 sessions"),
        "{kms}"
    );
    assert_eq!(row(&kms, "kms")[..4], ["kms", "8", "7", "88%"]);
    assert_eq!(row(&kms, "2 Security")[..3], ["2 Security", "8", "7"]);
    assert!(!kms.contains("| lambda "), "{kms}");
    // Exam scores cover whole exams, so a narrowed report leaves them out.
    assert!(!kms.contains("Mock exams"), "{kms}");

    // Aliases and groups resolve; --topic repeats.
    let two = stats(&dva, &["--topic", "ddb", "--topic", "functions"]);
    assert!(
        two.starts_with("Topics dynamodb, lambda: 22 answers"),
        "{two}"
    );
    let group = stats(&dva, &["--topic", "security"]);
    assert!(group.contains("| cognito "), "{group}");
    assert!(group.contains("| secrets-manager "), "{group}");

    let security = stats(&dva, &["--domain", "2"]);
    assert!(
        security.starts_with("Domain 2 Security: 15 answers"),
        "{security}"
    );
    for t in ["cognito", "kms", "secrets-manager"] {
        assert!(security.contains(&format!("| {t} ")), "{security}");
    }
    assert!(!security.contains("| lambda "), "{security}");

    let both = stats(&dva, &["--domain", "2", "--topic", "kms", "--since", "30d"]);
    assert!(
        both.starts_with("Since 2026-03-01 12:00 UTC (30 days ago), topic kms, domain 2 Security: 7 answers in 2 sessions"),
        "{both}"
    );

    dva.cmd()
        .args(["stats", "--topic", "dynamo-db"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown topic `dynamo-db`"));
    dva.cmd().args(["stats", "--domain", "5"]).assert().code(2);
    dva.cmd()
        .args(["stats", "--since", "soon"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("7d"));
}

#[test]
fn a_question_no_longer_in_the_bank_is_counted() {
    let dva = seeded();
    // lambda: 7 bank questions and lambda-retired-1 in the drill, plus
    // lambda-001 in each exam.
    let out = stats(&dva, &["--topic", "lambda"]);
    assert_eq!(row(&out, "lambda")[..4], ["lambda", "10", "7", "70%"]);
    // A topic the blueprint no longer knows is shown too, without a drill
    // command.
    let s = seed::Seed::open(&dva.store());
    s.drill(
        &["elasticache"],
        5,
        "2026-03-29T10:00:00Z",
        &(0..5)
            .map(|_| seed::retired("elasticache-001", "elasticache", 1, false))
            .collect::<Vec<_>>(),
        false,
    );
    let out = stats(&dva, &[]);
    assert_eq!(
        row(&out, "elasticache")[..4],
        ["elasticache", "5", "0", "0%"]
    );
    assert!(!out.contains("dva drill elasticache"), "{out}");
}

#[test]
fn stats_and_history_fit_80_columns_in_a_terminal() {
    use expectrl::{Eof, Expect, Session};
    let dva = seeded();
    for args in [&["stats"][..], &["history"], &["history", "4"]] {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_dva"));
        cmd.args(args)
            .env("DVA_HOME", dva.home())
            .env("DVA_NOW", NOW)
            .env("TERM", "xterm-256color")
            .env("NO_COLOR", "1");
        let mut session = Session::spawn(cmd).unwrap();
        session.get_process_mut().set_window_size(80, 200).unwrap();
        session.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
        let captured = session.expect(Eof).unwrap();
        let text = String::from_utf8_lossy(captured.get(0).unwrap()).replace("\r\n", "\n");
        assert!(
            text.contains('┆') || text.contains('│'),
            "box drawing in a terminal:\n{text}"
        );
        assert!(widest(&text) <= 80, "wider than 80 columns:\n{text}");
        if args == ["stats"] {
            // Korean notes titles are measured by display width.
            assert!(text.contains("dva drill cognito"), "{text}");
            assert!(
                text.chars().any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c)),
                "{text}"
            );
        }
    }
}
