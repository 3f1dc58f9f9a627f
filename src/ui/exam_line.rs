//! The exam in plain line mode: one command per line, for pipes and
//! scripts. The clock keeps running while dva waits for input, and the exam
//! ends by itself when time is up.

use std::io::{self, BufRead, Write};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

use anyhow::Result;

use super::render::{self, Look};
use crate::session::ExamRun;

/// How an exam run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Submitted,
    TimeUp,
    /// Saved for `dva resume` (end of input, `pause`, or Ctrl-C then yes).
    Paused,
}

const HELP: &str = "\
Commands: a letter or letters to answer (B, B,E; B? or B,E? marks a guess),
flag, next, prev, goto N, review, clear (remove this answer), submit, pause, help";

/// Lines of standard input, read on their own thread so that the exam clock
/// can fire while dva waits. `None` marks the end of input.
pub fn stdin_lines() -> Receiver<Option<String>> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in io::stdin().lock().lines() {
            match line {
                Ok(l) => {
                    if tx.send(Some(l)).is_err() {
                        return;
                    }
                }
                Err(_) => break,
            }
        }
        let _ = tx.send(None);
    });
    rx
}

/// Time warnings, given once each.
pub struct Warnings {
    given: Vec<Duration>,
}

impl Warnings {
    pub const AT: [Duration; 2] = [Duration::from_secs(600), Duration::from_secs(300)];

    pub fn new() -> Self {
        Warnings { given: Vec::new() }
    }

    /// Warnings for an exam that has `remaining` time at the start: a
    /// threshold it starts below is not announced.
    pub fn starting_at(remaining: Option<Duration>) -> Self {
        let given = match remaining {
            Some(r) => Self::AT.iter().copied().filter(|&at| at >= r).collect(),
            None => Vec::new(),
        };
        Warnings { given }
    }

    /// The warning due for `remaining`, if one has not been given yet.
    pub fn due(&mut self, remaining: Option<Duration>) -> Option<String> {
        let r = remaining?;
        let at = Self::AT.iter().copied().filter(|&at| r <= at).min()?;
        if self.given.contains(&at) {
            return None;
        }
        // Passing 5 minutes also covers 10.
        self.given.extend(Self::AT.iter().filter(|&&a| a >= at));
        Some(format!("{} minutes left.", at.as_secs() / 60))
    }
}

impl Default for Warnings {
    fn default() -> Self {
        Self::new()
    }
}

/// Run the exam until it is submitted, time runs out or input ends.
pub fn run<W: Write>(
    run: &mut ExamRun,
    lines: &Receiver<Option<String>>,
    out: &mut W,
) -> Result<Ending> {
    let look = Look::plain();
    let mut warnings = Warnings::starting_at(run.remaining());
    let mut show = true;
    loop {
        if run.expired() {
            writeln!(out, "\nTime is up.")?;
            return Ok(Ending::TimeUp);
        }
        if show {
            let e = &run.exam;
            writeln!(out)?;
            write!(
                out,
                "{}",
                render::exam_question(e.current(), e.position(), e.len(), run.remaining(), &look)
            )?;
            show = false;
        }
        let n = run.exam.current().question.text.choices.len();
        write!(
            out,
            "Answer (A-{}), or flag, next, prev, goto N, review, submit: ",
            (b'A' + n as u8 - 1) as char
        )?;
        out.flush()?;
        let line = loop {
            let wait = run
                .remaining()
                .map_or(Duration::from_secs(1), |r| r.min(Duration::from_secs(1)))
                .max(Duration::from_millis(10));
            match lines.recv_timeout(wait) {
                Ok(Some(l)) => break l,
                Ok(None) | Err(RecvTimeoutError::Disconnected) => {
                    run.pause()?;
                    writeln!(
                        out,
                        "\nEnd of input: the exam is paused and saved. Continue it with: dva resume"
                    )?;
                    return Ok(Ending::Paused);
                }
                Err(RecvTimeoutError::Timeout) => {
                    run.tick()?;
                    if run.expired() {
                        writeln!(out, "\nTime is up.")?;
                        return Ok(Ending::TimeUp);
                    }
                    if let Some(w) = warnings.due(run.remaining()) {
                        write!(out, "\n{w} ")?;
                        out.flush()?;
                    }
                }
            }
        };
        let typed = line.trim();
        writeln!(out, "{typed}")?;
        let lower = typed.to_ascii_lowercase();
        let mut words = lower.split_whitespace();
        match (words.next().unwrap_or(""), words.next()) {
            ("", _) => show = true,
            ("flag", _) => {
                let on = run.toggle_flag()?;
                let n = run.exam.position() + 1;
                writeln!(
                    out,
                    "{} question {n}.",
                    if on { "Flagged" } else { "Unflagged" }
                )?;
            }
            ("next" | "n", _) => {
                if run.go_next()? {
                    show = true;
                } else {
                    writeln!(
                        out,
                        "This is the last question: type review to see them all, or submit."
                    )?;
                }
            }
            ("prev" | "p", _) => {
                if run.go_prev()? {
                    show = true;
                } else {
                    writeln!(out, "This is the first question.")?;
                }
            }
            ("goto" | "g", Some(n)) => match n.parse::<usize>() {
                Ok(n) => match run.goto(n)? {
                    Ok(()) => show = true,
                    Err(e) => writeln!(out, "{e}.")?,
                },
                Err(_) => writeln!(out, "goto takes a question number, such as goto 12.")?,
            },
            ("goto" | "g", None) => {
                writeln!(out, "goto takes a question number, such as goto 12.")?
            }
            ("review", _) => write!(out, "{}", render::exam_review(&run.exam))?,
            ("clear", _) => {
                run.clear_answer()?;
                writeln!(out, "Answer removed.")?;
            }
            ("submit", _) => {
                let p = run.exam.progress();
                writeln!(
                    out,
                    "Submitting the exam: {} unanswered, {} flagged.",
                    p.unanswered, p.flagged
                )?;
                return Ok(Ending::Submitted);
            }
            ("pause" | "q" | "quit", _) => {
                run.pause()?;
                writeln!(
                    out,
                    "The exam is paused and saved. Continue it with: dva resume"
                )?;
                return Ok(Ending::Paused);
            }
            ("help" | "?", _) => writeln!(out, "{HELP}")?,
            _ => match run.answer(typed)? {
                Ok(()) => {
                    if run.go_next()? {
                        show = true;
                    } else {
                        writeln!(
                            out,
                            "Recorded. That was the last question: type review to see them all, or submit."
                        )?;
                    }
                }
                Err(e) => writeln!(out, "Not recorded: {e}. Type help for the commands.")?,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_come_once_each() {
        let mut w = Warnings::new();
        assert_eq!(w.due(Some(Duration::from_secs(900))), None);
        assert_eq!(
            w.due(Some(Duration::from_secs(599))).as_deref(),
            Some("10 minutes left.")
        );
        assert_eq!(w.due(Some(Duration::from_secs(400))), None);
        assert_eq!(
            w.due(Some(Duration::from_secs(300))).as_deref(),
            Some("5 minutes left.")
        );
        assert_eq!(w.due(Some(Duration::from_secs(10))), None);
        assert_eq!(w.due(None), None);
        let mut short = Warnings::starting_at(Some(Duration::from_secs(480)));
        assert_eq!(short.due(Some(Duration::from_secs(470))), None);
        assert_eq!(
            short.due(Some(Duration::from_secs(299))).as_deref(),
            Some("5 minutes left.")
        );
        let mut late = Warnings::new();
        assert_eq!(
            late.due(Some(Duration::from_secs(100))).as_deref(),
            Some("5 minutes left.")
        );
        assert_eq!(late.due(Some(Duration::from_secs(90))), None);
    }
}
