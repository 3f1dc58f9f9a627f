//! The interactive screens, driven through a pseudo-terminal.

#![cfg(unix)]

use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::{Expect, Session};

/// A program on a pseudo-terminal of 80x24, with a terminal emulator that
/// keeps the screen as a learner would see it.
struct Tty {
    session: expectrl::session::OsSession,
    screen: vt100::Parser,
    /// Everything written to the terminal.
    raw: Vec<u8>,
    /// How much of `raw` the `until` searches have consumed.
    seen: usize,
}

impl Tty {
    fn spawn(home: &std::path::Path, args: &[&str]) -> Tty {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_dva"));
        cmd.args(args)
            .env("DVA_HOME", home)
            .env("TERM", "xterm-256color")
            .env("NO_COLOR", "1");
        let mut session = Session::spawn(cmd).unwrap();
        session.get_process_mut().set_window_size(80, 24).unwrap();
        Tty {
            session,
            screen: vt100::Parser::new(24, 80, 0),
            raw: Vec::new(),
            seen: 0,
        }
    }

    fn pump(&mut self) -> bool {
        let mut buf = [0u8; 8192];
        match self.session.try_read(&mut buf) {
            Ok(0) => false,
            Ok(n) => {
                self.screen.process(&buf[..n]);
                self.raw.extend_from_slice(&buf[..n]);
                true
            }
            Err(_) => {
                std::thread::sleep(Duration::from_millis(10));
                true
            }
        }
    }

    /// Wait until the emulated screen's text meets `done` (15 s at most);
    /// `what` names the wait when it fails.
    fn screen_until(&mut self, what: &str, done: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while !done(&self.screen.screen().contents()) {
            assert!(
                Instant::now() < deadline,
                "screen never {what}:\n{}",
                self.screen.screen().contents()
            );
            if !self.pump() {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }

    /// Wait until the emulated screen shows `needle`.
    fn screen_shows(&mut self, needle: &str) {
        self.screen_until(&format!("showed {needle:?}"), |s| s.contains(needle));
    }

    /// Wait until some line of the emulated screen is wider than `cols`.
    fn screen_wider_than(&mut self, cols: usize) {
        self.screen_until(&format!("used more than {cols} columns"), |s| {
            s.lines().any(|l| l.chars().count() > cols)
        });
    }

    /// Wait until the output stream contains `needle` (for plain text
    /// printed after the full screen closes); returns what came before it.
    fn until(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let text = String::from_utf8_lossy(&self.raw[self.seen..]).to_string();
            if let Some(i) = text.find(needle) {
                self.seen += text[..i + needle.len()].len();
                return text[..i].to_string();
            }
            assert!(
                Instant::now() < deadline,
                "never saw {needle:?} in:\n{text}"
            );
            if !self.pump() {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }

    /// Resize the terminal (the program gets SIGWINCH) and the emulator.
    fn resize(&mut self, cols: u16, rows: u16) {
        self.session
            .get_process_mut()
            .set_window_size(cols, rows)
            .unwrap();
        self.screen.set_size(rows, cols);
    }

    fn send(&mut self, keys: &str) {
        self.session.send(keys).unwrap();
        // Let the screen catch up before the next key.
        std::thread::sleep(Duration::from_millis(60));
    }

    fn exits(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while self.session.get_process().is_alive().unwrap_or(false) {
            assert!(Instant::now() < deadline, "dva did not exit");
            self.pump();
        }
    }
}

#[test]
fn the_exam_screen_answers_marks_reviews_and_submits() {
    let home = tempfile::tempdir().unwrap();
    let mut t = Tty::spawn(
        home.path(),
        &["exam", "-n", "3", "--seed", "5", "--timed", "30m"],
    );
    t.screen_shows("Question 1 of 3");
    t.screen_shows("Time left 2");
    t.screen_shows("a-f:answer m:mark");
    // Tick two options: enough for a single answer or a Choose TWO item.
    t.send("a");
    t.send("b");
    t.send("m");
    t.screen_shows("Marked for review.");
    t.screen_shows("[marked for review]");
    t.send("n");
    t.screen_shows("Question 2 of 3");
    t.send("r");
    t.screen_shows("Review: 1 answered, 2 unanswered, 1 marked for review");
    t.screen_shows("1 ok*");
    t.send("\r"); // open the highlighted question
    t.screen_shows("Question 2 of 3");
    t.send("g");
    t.screen_shows("Go to question");
    t.send("3");
    t.send("\r");
    t.screen_shows("Question 3 of 3");
    t.send("s");
    t.screen_shows("End the exam?");
    t.screen_shows("2 unanswered, 1 marked for review");
    t.send("y");
    t.until("Result:");
    t.until("[y/n]");
    t.send("n");
    t.until("dva exam review");
    t.exits();
}

#[test]
fn the_countdown_ticks_without_input() {
    let home = tempfile::tempdir().unwrap();
    let mut t = Tty::spawn(home.path(), &["exam", "-n", "2", "--timed", "3s"]);
    t.screen_shows("Time left 0:02");
    t.screen_shows("Time left 0:01");
    // Time runs out while idle: the exam ends and is scored.
    t.until("Result: FAIL");
    t.until("[y/n]");
    t.send("n");
    t.exits();
}

#[test]
fn ctrl_c_offers_to_pause_and_restores_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let mut t = Tty::spawn(home.path(), &["exam", "-n", "3", "--seed", "6"]);
    t.screen_shows("Question 1 of 3");
    // The screen entered the alternate screen.
    assert!(String::from_utf8_lossy(&t.raw).contains("\u{1b}[?1049h"));
    t.send("\u{3}");
    t.screen_shows("Pause the exam?");
    t.send("n");
    t.send("\u{3}");
    t.screen_shows("Pause the exam?");
    t.send("y");
    let before = t.until("paused and saved");
    // Left the alternate screen and showed the cursor before printing.
    assert!(before.contains("\u{1b}[?1049l"), "{before:?}");
    assert!(before.contains("\u{1b}[?25h"), "{before:?}");
    t.exits();

    // The paused exam resumes where it was.
    let mut t = Tty::spawn(home.path(), &["resume"]);
    t.screen_shows("Question 1 of 3");
    t.send("s");
    t.screen_shows("End the exam?");
    t.send("y");
    t.until("Result:");
}

#[test]
fn a_half_ticked_multiple_response_question_keeps_its_tick() {
    let home = tempfile::tempdir().unwrap();
    let mut t = Tty::spawn(home.path(), &["exam", "-n", "10", "--seed", "8"]);
    t.screen_shows("Question 1 of 10");
    // Find a Choose TWO question.
    let mut at = 1;
    while !t.screen.screen().contents().contains("(Choose TWO.)") {
        assert!(at < 10, "no Choose TWO question in this exam");
        t.send("n");
        at += 1;
        t.screen_shows(&format!("Question {at} of 10"));
    }
    t.send("b");
    t.screen_shows("Choose 2: 1 ticked.");
    t.screen_shows("[x] B.");
    // Away and back: the tick stays.
    t.send("n");
    t.screen_shows(&format!("Question {} of 10", at + 1));
    t.send("p");
    t.screen_shows(&format!("Question {at} of 10"));
    t.screen_shows("[x] B.");
    // Paused and resumed: still there, and still no answer.
    t.send("\u{3}");
    t.send("y");
    t.until("paused and saved");
    t.exits();
    let refused = Command::new(env!("CARGO_BIN_EXE_dva"))
        .args(["exam", "-n", "3"])
        .env("DVA_HOME", home.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains(", 0 of 10 answered)"), "{said}");
    let mut t = Tty::spawn(home.path(), &["resume"]);
    t.screen_shows(&format!("Question {at} of 10"));
    t.screen_shows("[x] B.");
    t.screen_shows("[ ] C.");
    t.send("r");
    t.screen_shows("0 answered");
    t.send("r");
    // The second tick makes it an answer; a third is refused.
    t.send("c");
    t.screen_shows("[x] C.");
    t.send("d");
    t.screen_shows("This question takes 2: untick one first.");
    t.send("r");
    t.screen_shows("1 answered");
    t.send("r");
    t.send("\u{3}");
    t.send("y");
    t.until("paused and saved");
}

#[test]
fn enter_after_the_resume_or_discard_prompt_is_not_a_move() {
    let home = tempfile::tempdir().unwrap();
    let mut t = Tty::spawn(home.path(), &["exam", "-n", "3", "--seed", "2"]);
    t.screen_shows("Question 1 of 3");
    t.send("\u{3}");
    t.send("y");
    t.until("paused and saved");
    t.exits();
    let mut t = Tty::spawn(home.path(), &["exam", "-n", "3", "--seed", "2"]);
    t.until("[c]ancel? ");
    // Answered as one answers most prompts: the key, then Enter.
    t.send("d\r");
    t.screen_shows("Question 1 of 3");
    std::thread::sleep(Duration::from_millis(300));
    t.pump();
    let screen = t.screen.screen().contents();
    assert!(screen.contains("Question 1 of 3"), "{screen}");
    t.send("\u{3}");
    t.send("y");
    t.until("paused and saved");
}

#[test]
fn a_dialog_over_korean_text_keeps_its_border() {
    for seed in ["1", "2", "3", "4"] {
        let home = tempfile::tempdir().unwrap();
        let mut t = Tty::spawn(
            home.path(),
            &["--lang", "ko", "exam", "-n", "2", "--seed", seed],
        );
        t.screen_shows("1 / 2");
        t.send("\u{3}");
        t.screen_shows("┘");
        let screen = t.screen.screen().contents();
        let lines: Vec<&str> = screen.lines().collect();
        let top = lines.iter().position(|l| l.contains('┐')).unwrap();
        let bottom = lines.iter().position(|l| l.contains('┘')).unwrap();
        // Every row of the box has both of its edges.
        assert!(lines[top].contains('┌'), "seed {seed}:\n{screen}");
        assert!(lines[bottom].contains('└'), "seed {seed}:\n{screen}");
        for row in &lines[top + 1..bottom] {
            assert_eq!(
                row.matches('│').count(),
                2,
                "seed {seed}: {row:?}\n{screen}"
            );
        }
        t.send("y");
        t.until("dva resume");
    }
}

#[test]
fn the_screen_fits_a_resized_terminal() {
    let home = tempfile::tempdir().unwrap();
    let mut t = Tty::spawn(home.path(), &["exam", "-n", "2", "--seed", "8"]);
    t.screen_shows("Question 1 of 2");
    t.resize(100, 30);
    // SIGWINCH reaches the process with the resize and the screen is drawn
    // again at the new width.
    t.screen_wider_than(80);
    t.send("n");
    t.screen_shows("Question 2 of 2");
    t.send("\u{3}");
    t.send("y");
    t.until("paused and saved");
}

#[test]
fn keys_typed_while_the_terminal_resizes_are_not_lost() {
    let home = tempfile::tempdir().unwrap();
    let mut t = Tty::spawn(home.path(), &["exam", "-n", "2", "--seed", "8"]);
    t.screen_shows("Question 1 of 2");
    // Each key goes in right behind a resize, so the signal and the key
    // often reach dva together: both must be handled.
    for round in 0..16 {
        let (cols, rows, key, shown) = if round % 2 == 0 {
            (100, 30, "n", "Question 2 of 2")
        } else {
            (80, 24, "p", "Question 1 of 2")
        };
        t.resize(cols, rows);
        t.session.send(key).unwrap();
        t.screen_shows(shown);
    }
    t.send("\u{3}");
    t.send("y");
    t.until("paused and saved");
}

/// `raw` without terminal escape sequences (CSI and the like).
fn plain_text(raw: &str) -> String {
    let mut out = String::new();
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            out.push(c);
            continue;
        }
        if chars.next_if_eq(&'[').is_some() {
            // Parameters, then one final byte from @ to ~.
            for p in chars.by_ref() {
                if ('@'..='~').contains(&p) {
                    break;
                }
            }
        } else {
            chars.next();
        }
    }
    out
}

#[test]
fn the_drill_wraps_each_question_to_the_terminal_as_it_is_now() {
    let home = tempfile::tempdir().unwrap();
    // The practice bank with stems long enough to wrap.
    let long = "a sentence that goes on and on about deployments ".repeat(4);
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/banks/valid/practice.toml"
    ))
    .unwrap()
    .replace("stem = \"Single", &format!("stem = \"{long}Single"))
    .replace("stem = \"Multi", &format!("stem = \"{long}Multi"));
    let bank = home.path().join("long.toml");
    std::fs::write(&bank, text).unwrap();
    let mut t = Tty::spawn(
        home.path(),
        &[
            "drill",
            "codestar",
            "--bank",
            bank.to_str().unwrap(),
            "-n",
            "2",
            "--seed",
            "3",
        ],
    );
    // Text lines (the progress bar aside) and the widest of them.
    let widest = |raw: &str| {
        plain_text(raw)
            .split('\n')
            .map(|l| l.trim_end_matches('\r'))
            .filter(|l| !l.contains('░') && !l.contains('█'))
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0)
    };
    t.until("Question 1 of 2");
    // The question, up to the progress bar under it.
    let first = t.until("0/2");
    assert!((51..=80).contains(&widest(&first)), "{first:?}");
    t.resize(50, 24);
    // The first question (Choose TWO): two letters and Enter.
    t.send("a");
    t.send("b");
    t.send("\r");
    let verdict = t.until("any key");
    assert!(widest(&verdict) <= 50, "{verdict:?}");
    t.send(" ");
    t.until("Question 2 of 2");
    let second = t.until("1/2");
    assert!(widest(&second) <= 50, "{second:?}");
    assert!(widest(&second) > 40, "{second:?}");
    t.send("q");
    t.until("Score:");
    t.exits();
}

#[test]
fn the_interactive_drill_takes_single_keys() {
    let home = tempfile::tempdir().unwrap();
    let bank = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/banks/valid/practice.toml"
    );
    let mut t = Tty::spawn(
        home.path(),
        &[
            "drill", "codestar", "--bank", bank, "-n", "2", "--seed", "3",
        ],
    );
    t.until("Question 1 of 2");
    // The keys in full, on a line of their own under the question.
    t.until("Keys: pick 2 of A-E · Enter submits · ? marks a guess · l language · q quit");
    // One key answers a single-answer item; a multiple-response item takes
    // two keys and Enter. A letter that is no option ticks nothing.
    t.send("z");
    t.send("a");
    t.send("b");
    t.send("\r");
    t.until("rrect.");
    t.send(" ");
    t.until("Question 2 of 2");
    t.send("q");
    t.until("Score:");
    t.exits();
}

#[test]
fn l_switches_the_question_between_korean_and_english() {
    let home = tempfile::tempdir().unwrap();
    let mut t = Tty::spawn(
        home.path(),
        &["exam", "-n", "2", "--seed", "9", "--lang", "ko"],
    );
    t.screen_shows("문제 1 / 2");
    t.screen_shows("^C:일시 중지");
    t.send("l");
    t.screen_shows("Question 1 of 2");
    t.send("l");
    t.screen_shows("문제 1 / 2");
    // Moving on shows the next question in the chosen language again.
    t.send("l");
    t.screen_shows("Question 1 of 2");
    t.send("n");
    t.screen_shows("문제 2 / 2");
    t.send("\u{3}");
    t.send("y");
    t.until("dva resume");
}

#[test]
fn the_guess_key_marks_an_answer_in_the_exam_and_the_drill() {
    let home = tempfile::tempdir().unwrap();
    let mut t = Tty::spawn(home.path(), &["exam", "-n", "2", "--seed", "5"]);
    t.screen_shows("Question 1 of 2");
    t.screen_shows("?:guess");
    t.send("?");
    t.screen_shows("Marked as a guess");
    t.screen_shows("[guess]");
    // Answered (two letters settle a single answer or a Choose TWO item),
    // the review grid shows the guess.
    t.send("a");
    t.send("b");
    t.send("r");
    t.screen_shows("? = answered, a guess");
    t.screen_shows("  1  ?");
    t.send("s");
    t.screen_shows("End the exam?");
    t.send("y");
    t.until("Result:");
    t.until("[y/n]");
    t.send("n");
    t.exits();
    let conn = rusqlite::Connection::open(home.path().join("dva.db")).unwrap();
    let guesses: i64 = conn
        .query_row("SELECT sum(guess) FROM answers", [], |r| r.get(0))
        .unwrap();
    assert_eq!(guesses, 1);

    let bank = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/banks/valid/practice.toml"
    );
    let mut t = Tty::spawn(
        home.path(),
        &[
            "drill", "codestar", "--bank", bank, "-n", "1", "--seed", "3",
        ],
    );
    t.until("Question 1 of 1");
    t.send("?");
    t.until("[guess]");
    t.send("q");
    t.until("No questions answered.");
    t.exits();
}
