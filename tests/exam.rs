//! `dva exam` and `dva resume` in plain mode, over stdin/stdout.

mod common;

use std::collections::HashMap;
use std::time::Duration;

use common::{Dva, Live, answers};
use dva::bank::{Bank, Question};
use predicates::prelude::*;

/// What the test knows of a displayed exam question.
struct Shown<'a> {
    question: &'a Question,
    /// Displayed letter of each bank index.
    letters: HashMap<u8, char>,
}

impl Shown<'_> {
    fn key(&self) -> String {
        let mut k: Vec<char> = self.question.key.iter().map(|b| self.letters[b]).collect();
        k.sort_unstable();
        k.into_iter().collect()
    }

    fn wrong(&self) -> String {
        let mut w: Vec<char> = self
            .letters
            .iter()
            .filter(|(b, _)| !self.question.key.contains(b))
            .map(|(_, &l)| l)
            .collect();
        w.sort_unstable();
        w.into_iter().take(self.question.key.len()).collect()
    }
}

/// Identify the question in a rendered exam block by its stem and choices.
fn identify<'a>(bank: &'a Bank, block: &str) -> Shown<'a> {
    let question = bank
        .questions()
        .iter()
        .find(|q| block.contains(q.text().stem.lines().next().unwrap()))
        .unwrap_or_else(|| panic!("no bank question matches:\n{block}"));
    let mut letters = HashMap::new();
    for line in block.lines() {
        let t = line.trim_start_matches(['>', ' ']);
        let mut chars = t.chars();
        if let (Some(l), Some('.')) = (chars.next(), chars.next()) {
            let text = t[2..].trim();
            if let Some(i) = question.text().choices.iter().position(|c| c == text) {
                letters.insert(i as u8, l);
            }
        }
    }
    assert_eq!(letters.len(), question.text().choices.len(), "{block}");
    Shown { question, letters }
}

const PROMPT: &str = "review, submit: ";

/// A valid answer of the right size for whatever is on screen.
fn any_answer(block: &str) -> &'static str {
    if block.contains("(Choose THREE.)") {
        "A,B,C"
    } else if block.contains("(Choose TWO.)") {
        "A,B"
    } else {
        "A"
    }
}

fn row<'t>(text: &'t str, start: &str) -> &'t str {
    text.lines()
        .find(|l| l.starts_with(start))
        .unwrap_or_else(|| panic!("no row {start:?} in:\n{text}"))
}

fn cells(row: &str) -> Vec<String> {
    row.split('|')
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect()
}

#[test]
fn a_full_exam_is_scored_exactly() {
    let dva = Dva::new();
    let bank = Bank::builtin();
    let mut live = dva.spawn(&["exam", "--seed", "11"]);
    let mut by_domain = [(0usize, 0usize); 4];
    for i in 0..65 {
        let block = live.until(PROMPT);
        assert!(
            block.contains(&format!("Question {} of 65", i + 1)),
            "{block}"
        );
        let shown = identify(&bank, &block);
        let d = shown.question.domain as usize - 1;
        by_domain[d].1 += 1;
        if i < 50 {
            live.send(&shown.key());
            by_domain[d].0 += 1;
        } else if i < 60 {
            live.send(&shown.wrong());
        } else if i < 64 {
            live.send("next");
        } else {
            live.send("submit");
        }
    }
    let (status, out) = live.finish();
    assert!(status.success(), "{out}");
    assert!(
        out.contains("Submitting the exam: 5 unanswered, 0 flagged."),
        "{out}"
    );
    // 50 of 65 is 76.9 %: 720 + 4.9 x 10 = 769.
    assert!(
        out.contains("Result: PASS   estimated scaled score 769"),
        "{out}"
    );
    assert!(
        out.contains("Correct: 50 of 65 (76.9%); answered 60 of 65"),
        "{out}"
    );
    assert_eq!(by_domain.map(|(_, t)| t), [21, 17, 16, 11]);
    for (d, (correct, total)) in by_domain.iter().enumerate() {
        let cells = cells(row(&out, &format!("| {} ", d + 1)));
        assert_eq!(cells[1], correct.to_string(), "domain {}", d + 1);
        assert_eq!(cells[2], total.to_string(), "domain {}", d + 1);
        let pct = 100.0 * *correct as f64 / *total as f64;
        let result = if pct >= 72.0 {
            "meets competencies"
        } else {
            "needs improvement"
        };
        assert_eq!(cells[4], result);
    }
    assert!(out.contains("dva exam review 1"));

    // Every question's final answer is logged for statistics.
    let conn = rusqlite::Connection::open(dva.store()).unwrap();
    let (n, correct): (i64, i64) = conn
        .query_row(
            "SELECT count(*), sum(correct) FROM answers WHERE mode = 'exam'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((n, correct), (65, 50));

    // The review shows the 15 missed questions with their teaching content.
    dva.cmd()
        .args(["exam", "review"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Missed 15 of 15"))
        .stdout(predicate::str::contains("Not answered."))
        .stdout(predicate::str::contains("Incorrect."));
}

#[test]
fn time_runs_out_while_the_learner_is_idle() {
    let dva = Dva::new();
    let mut live = dva.spawn(&["exam", "--timed", "2s", "-n", "3", "--seed", "1"]);
    live.until(PROMPT);
    let start = std::time::Instant::now();
    // Nothing is typed; stdin stays open.
    live.until("Time is up.");
    assert!(
        start.elapsed() < Duration::from_secs(4),
        "{:?}",
        start.elapsed()
    );
    let (status, out) = live.finish();
    assert!(status.success());
    assert!(out.contains("Result: FAIL"), "{out}");
    assert!(out.contains("answered 0 of 3"), "{out}");
    // Nothing was answered, so there is no "answer 1" to have fallen behind at.
    assert!(
        out.contains("Pacing: time ran out with 3 of 3 questions unanswered;"),
        "{out}"
    );
}

fn time_left(block: &str) -> Duration {
    let t = block
        .split("Time left ")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap();
    let parts: Vec<u64> = t.split(':').map(|p| p.parse().unwrap()).collect();
    let secs = parts.iter().fold(0, |acc, p| acc * 60 + p);
    Duration::from_secs(secs)
}

#[test]
fn kill_9_then_resume_restores_answers_flags_and_time() {
    let dva = Dva::new();
    let mut live = dva.spawn(&["exam", "--timed", "10m", "-n", "5", "--seed", "4"]);
    let mut given = Vec::new();
    for i in 0..3 {
        let block = live.until(PROMPT);
        if i == 1 {
            live.send("flag");
            live.until("Flagged question 2.");
            live.until(PROMPT);
        }
        let answer = any_answer(&block);
        live.send(answer);
        given.push(answer);
    }
    let before = time_left(&live.until(PROMPT));
    std::thread::sleep(Duration::from_millis(4500));
    live.child.kill().unwrap();
    live.child.wait().unwrap();
    // The clock does not run while dva is not running.
    std::thread::sleep(Duration::from_secs(2));

    let mut live: Live = dva.spawn(&["resume"]);
    let block = live.until(PROMPT);
    assert!(block.contains("Question 4 of 5"), "{block}");
    let after = time_left(&block);
    assert!(after <= before, "{after:?} > {before:?}");
    assert!(
        before - after <= Duration::from_secs(6),
        "lost {:?}",
        before - after
    );
    live.send("review");
    let review = live.until(PROMPT);
    assert!(
        review.contains("3 answered, 2 unanswered, 1 flagged"),
        "{review}"
    );
    assert!(review.contains("2 answered F"), "{review}");
    for (i, answer) in given.iter().enumerate() {
        live.send(&format!("goto {}", i + 1));
        let block = live.until(PROMPT);
        let letters = answer.replace(',', ", ");
        assert!(
            block.contains(&format!("Your answer: {letters}")),
            "{block}"
        );
        assert_eq!(block.contains("[flagged]"), i == 1, "{block}");
    }
    live.send("pause");
    let (status, out) = live.finish();
    assert!(status.success());
    assert!(out.contains("dva resume"));
}

#[test]
fn one_exam_at_a_time_and_end_of_input_pauses() {
    let dva = Dva::new();
    dva.cmd()
        .args(["exam", "-n", "3"])
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "the exam is paused and saved. Continue it with: dva resume",
        ));
    dva.cmd()
        .args(["exam", "-n", "3"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("still in progress"))
        .stderr(predicate::str::contains("dva resume"));
    dva.cmd()
        .arg("resume")
        .write_stdin("submit\n")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Submitting the exam: 3 unanswered, 0 flagged.",
        ));
    dva.cmd()
        .arg("resume")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no exam in progress"));
}

#[test]
fn pacing_praises_no_unanswered_exam() {
    let dva = Dva::new();
    // Nothing answered: no pace to judge.
    let out = dva.stdout(
        &["exam", "-n", "2", "--timed", "10m", "--seed", "4"],
        "submit\n",
    );
    assert!(!out.contains("Pacing:"), "{out}");
    // One of two answered in time: said, with the one left.
    let dva = Dva::new();
    let mut live = dva.spawn(&["exam", "-n", "2", "--timed", "10m", "--seed", "4"]);
    let block = live.until(PROMPT);
    live.send(any_answer(&block));
    live.until(PROMPT);
    live.send("submit");
    let (status, out) = live.finish();
    assert!(status.success());
    assert!(
        out.contains("Pacing: your answers kept a pace that finishes in time, but you left 1 of 2 unanswered."),
        "{out}"
    );
}

#[test]
fn time_used_reads_in_the_limits_units() {
    let dva = Dva::new();
    dva.cmd()
        .args(["exam", "-n", "1", "--timed", "2h"])
        .write_stdin("submit\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("Time used: 0:00:0"))
        .stdout(predicate::str::contains(" of 2:00:00"));
}

#[test]
fn an_exam_larger_than_the_bank_says_so_once() {
    let dva = Dva::new();
    let available = Bank::builtin().questions().len() - 65; // the final's reserve
    let out = dva
        .cmd()
        .args(["exam", "-n", "400"])
        .write_stdin("")
        .assert()
        .success()
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err,
        format!("dva: note: {available} of the 400 questions asked for are available.\n")
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains(&format!("Question 1 of {available}")),
        "{stdout}"
    );
    // One domain short of what is asked: that domain is named.
    let dva = Dva::new();
    dva.cmd()
        .args(["exam", "-n", "400", "--domain", "4"])
        .write_stdin("")
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "question(s) for domain 4, not the 400 wanted\n",
        ))
        .stderr(predicate::str::contains("filled from").not());
}

#[test]
fn clear_removes_an_answer_and_says_when_there_is_none() {
    let dva = Dva::new();
    let mut live = dva.spawn(&["exam", "-n", "2", "--seed", "3"]);
    let block = live.until(PROMPT);
    live.send("foo");
    live.until("`foo` is neither an answer nor a command; type help to list the commands.");
    live.send("clear");
    live.until("This question has no answer to clear.");
    live.send(any_answer(&block));
    live.until(PROMPT);
    live.send("prev");
    live.until(PROMPT);
    live.send("clear");
    live.until("Answer removed.");
    live.send("pause");
    let (status, _) = live.finish();
    assert!(status.success());
}

#[test]
fn a_paused_exam_can_be_discarded_and_counts_nowhere() {
    let dva = Dva::new();
    dva.cmd()
        .args(["exam", "-n", "3"])
        .write_stdin("flag\npause\n")
        .assert()
        .success();
    dva.cmd()
        .args(["exam", "-n", "3"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("dva exam discard"));
    dva.cmd()
        .args(["exam", "discard"])
        .assert()
        .success()
        .stdout("Exam 1 discarded. Start a new one with: dva exam --timed 130m\n");
    dva.cmd()
        .arg("resume")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no exam in progress"));
    // No report, and said why, not "continue it".
    dva.cmd()
        .args(["exam", "review", "1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("exam 1 was discarded"))
        .stderr(predicate::str::contains("resume").not());
    dva.cmd()
        .args(["history", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "The exam was discarded before it ended",
        ));
    assert!(answers(&dva.store()).is_empty());
    dva.cmd()
        .args(["exam", "discard"])
        .assert()
        .success()
        .stdout("There is no exam in progress to discard.\n");

    // The final exam counts once: it can be paused, never discarded.
    dva.cmd()
        .args(["exam", "--final"])
        .write_stdin("")
        .assert()
        .success();
    dva.cmd()
        .args(["exam", "discard"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("final exam, which counts once"));
    dva.cmd()
        .args(["exam", "-n", "3"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("final exam, which counts once"));
}

#[test]
fn shorter_exams_keep_the_blueprint_weights() {
    let dva = Dva::new();
    let out = dva.stdout(&["exam", "-n", "20", "--seed", "2"], "submit\n");
    for (d, total) in [(1, 7), (2, 5), (3, 5), (4, 3)] {
        assert_eq!(
            cells(row(&out, &format!("| {d} ")))[2],
            total.to_string(),
            "{out}"
        );
    }
    let out = dva.stdout(&["exam", "--domain", "2", "-n", "15"], "submit\n");
    assert_eq!(cells(row(&out, "| 2 "))[2], "15");
    assert!(!out.contains("| 1 Development"), "{out}");
}

#[test]
fn a_bad_duration_shows_the_accepted_forms() {
    Dva::new()
        .cmd()
        .args(["exam", "--timed", "5 parsecs"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("130m, 2h10m or 90s"));
}

#[test]
fn the_final_exam_stays_unseen_until_taken() {
    let dva = Dva::new();
    // Drill every topic: the held-back questions never appear.
    let lines = "A\nA,B\nA,B,C\n".repeat(400);
    let out = dva.stdout(
        &[
            "drill",
            "cicd",
            "serverless",
            "security",
            "iac",
            "monitoring",
            "api-cli",
            "cloudfront",
            "ecs",
            "eb",
            "amplify",
            "-n",
            "1000",
        ],
        &lines,
    );
    let conn = rusqlite::Connection::open(dva.store()).unwrap();
    let reserve: Vec<String> = conn
        .prepare("SELECT question_id FROM final_reserve")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(reserve.len(), 65);
    let asked = out.matches("Question ").count();
    assert_eq!(
        asked,
        Bank::builtin().questions().len() - 65,
        "every other question is drilled"
    );
    for id in &reserve {
        assert!(!out.contains(&format!("[{id}]")), "{id} was drilled");
    }
    // The final exam is exactly the reserve, timed like the real one.
    let out = dva.stdout(&["exam", "--final"], "submit\n");
    assert!(
        out.contains("Question 1 of 65  Time left 2:10:00")
            || out.contains("Question 1 of 65  Time left 2:09:59"),
        "{out}"
    );
    assert!(out.contains("Submitting the exam: 65 unanswered"));
    dva.cmd()
        .args(["exam", "--final"])
        .assert()
        .success()
        .stdout(predicate::str::contains("You took the final exam already"));
}

#[test]
fn a_guess_mark_survives_resume_and_is_logged_with_the_answer() {
    let dva = Dva::new();
    let bank = Bank::builtin();
    let mut live = dva.spawn(&["exam", "-n", "3", "--seed", "21"]);
    let first = identify(&bank, &live.until(PROMPT));
    live.send(&format!("{}?", first.key()));
    let second = identify(&bank, &live.until(PROMPT));
    live.send(&second.key());
    let third = identify(&bank, &live.until(PROMPT));
    live.send(&format!("{}?", third.wrong()));
    live.until("Recorded. That was the last question");
    live.until(PROMPT);
    live.send("goto 1");
    let block = live.until(PROMPT);
    assert!(block.contains("[guess]"), "{block}");
    assert!(block.contains("(marked as a guess)"), "{block}");
    live.send("pause");
    let (status, _) = live.finish();
    assert!(status.success());

    let mut live = dva.spawn(&["resume"]);
    let block = live.until(PROMPT);
    assert!(block.contains("Question 1 of 3  [guess]"), "{block}");
    // The review grid marks guesses too.
    live.send("review");
    let review = live.until(PROMPT);
    assert!(review.contains("  1 answered?"), "{review}");
    assert!(review.contains("  2 answered "), "{review}");
    assert!(review.contains("  3 answered?"), "{review}");
    live.send("submit");
    let (status, out) = live.finish();
    assert!(status.success(), "{out}");
    let conn = rusqlite::Connection::open(dva.store()).unwrap();
    let logged: Vec<(String, bool, bool)> = conn
        .prepare("SELECT question_id, correct, guess FROM answers WHERE mode = 'exam' ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        logged,
        vec![
            (first.question.id.clone(), true, true),
            (second.question.id.clone(), true, false),
            (third.question.id.clone(), false, true),
        ]
    );
}
