//! The exam in plain line mode: one command per line, for pipes and
//! scripts. The clock keeps running while dva waits for input, and the exam
//! ends by itself when time is up.

use std::io::{self, BufRead, Write};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

use anyhow::Result;

use rust_i18n::t;

use super::line::lang_command;
use super::render::{self, Look};
use crate::engine::answer;
use crate::engine::exam::NavError;
use crate::i18n::Lang;
use crate::session::ExamRun;

/// How an exam run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Submitted,
    TimeUp,
    /// Saved for `dva resume` (end of input, `pause`, or Ctrl-C then yes).
    Paused,
}

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

    /// The warning due for `remaining`, in minutes left, if one has not
    /// been given yet.
    pub fn due(&mut self, remaining: Option<Duration>) -> Option<u64> {
        let r = remaining?;
        let at = Self::AT.iter().copied().filter(|&at| r <= at).min()?;
        if self.given.contains(&at) {
            return None;
        }
        // Passing 5 minutes also covers 10.
        self.given.extend(Self::AT.iter().filter(|&&a| a >= at));
        Some(at.as_secs() / 60)
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
    lang: Lang,
) -> Result<Ending> {
    // `lang en|ko` switches the question text; the interface stays in the
    // chosen language, as the score report after the exam does.
    let look = Look::plain(lang);
    let mut text_lang = lang;
    let l = lang.code();
    let mut warnings = Warnings::starting_at(run.remaining());
    let mut show = true;
    loop {
        if run.expired() {
            writeln!(out, "\n{}", t!("exam.time_up", locale = l))?;
            return Ok(Ending::TimeUp);
        }
        if show {
            let e = &run.exam;
            writeln!(out)?;
            write!(
                out,
                "{}",
                render::exam_question(
                    e.current(),
                    e.position(),
                    e.len(),
                    run.remaining(),
                    &look,
                    text_lang
                )
            )?;
            show = false;
        }
        let n = run.exam.current().question.text().choices.len();
        let last = (b'A' + n as u8 - 1) as char;
        let k = run.exam.current().question.key.len();
        if k > 1 {
            write!(
                out,
                "{}",
                t!("exam.prompt_multi", locale = l, k = k, last = last)
            )?;
        } else {
            write!(out, "{}", t!("exam.prompt", locale = l, last = last))?;
        }
        out.flush()?;
        let line = loop {
            let wait = run
                .remaining()
                .map_or(Duration::from_secs(1), |r| r.min(Duration::from_secs(1)))
                .max(Duration::from_millis(10));
            match lines.recv_timeout(wait) {
                Ok(Some(line)) => break line,
                Ok(None) | Err(RecvTimeoutError::Disconnected) => {
                    run.pause()?;
                    writeln!(out, "\n{}", t!("exam.eof_paused", locale = l))?;
                    return Ok(Ending::Paused);
                }
                Err(RecvTimeoutError::Timeout) => {
                    run.tick()?;
                    if run.expired() {
                        writeln!(out, "\n{}", t!("exam.time_up", locale = l))?;
                        return Ok(Ending::TimeUp);
                    }
                    if let Some(m) = warnings.due(run.remaining()) {
                        write!(out, "\n{} ", t!("exam.minutes_left", locale = l, m = m))?;
                        out.flush()?;
                    }
                }
            }
        };
        let typed = line.trim();
        writeln!(out, "{typed}")?;
        let lower = typed.to_ascii_lowercase();
        if lower.split_whitespace().next() == Some("lang") && lang_command(&lower).is_none() {
            writeln!(out, "{}", t!("lang.usage", locale = l))?;
            continue;
        }
        if let Some(lang) = lang_command(&lower) {
            text_lang = lang;
            show = true;
            continue;
        }
        let mut words = lower.split_whitespace();
        let say = |out: &mut W, text: std::borrow::Cow<str>| writeln!(out, "{text}");
        match (words.next().unwrap_or(""), words.next()) {
            ("", _) => show = true,
            ("flag", _) => {
                let on = run.toggle_flag()?;
                let n = run.exam.position() + 1;
                let key = if on { "exam.flag_on" } else { "exam.flag_off" };
                say(out, t!(key, locale = l, n = n))?;
            }
            ("next" | "n", _) => {
                if run.go_next()? {
                    show = true;
                } else {
                    say(out, t!("exam.last", locale = l))?;
                }
            }
            ("prev" | "p", _) => {
                if run.go_prev()? {
                    show = true;
                } else {
                    say(out, t!("exam.first", locale = l))?;
                }
            }
            ("goto" | "g", Some(n)) => match n.parse::<usize>() {
                Ok(n) => match run.goto(n)? {
                    Ok(()) => show = true,
                    Err(NavError::NoSuchQuestion(n, total)) => say(
                        out,
                        t!("error.no_such_question", locale = l, n = n, total = total),
                    )?,
                },
                Err(_) => say(out, t!("exam.goto_usage", locale = l))?,
            },
            ("goto" | "g", None) => say(out, t!("exam.goto_usage", locale = l))?,
            ("review", _) => write!(out, "{}", render::exam_review(&run.exam, &look))?,
            ("clear", _) if run.exam.current().answer.is_none() => {
                say(out, t!("exam.nothing_to_clear", locale = l))?;
            }
            ("clear", _) => {
                run.clear_answer()?;
                say(out, t!("exam.cleared", locale = l))?;
            }
            ("submit", _) => {
                let p = run.exam.progress();
                say(
                    out,
                    t!(
                        "exam.submitting",
                        locale = l,
                        unanswered = p.unanswered,
                        flagged = p.flagged
                    ),
                )?;
                return Ok(Ending::Submitted);
            }
            ("pause" | "q" | "quit", _) => {
                run.pause()?;
                say(out, t!("exam.paused", locale = l))?;
                return Ok(Ending::Paused);
            }
            ("help" | "?", _) => say(out, t!("exam.help", locale = l))?,
            (word, None) if answer::is_word(word, run.exam.current().question.choices) => {
                say(out, t!("exam.unknown_command", locale = l, word = word))?
            }
            _ => match run.answer(typed)? {
                Ok(()) => {
                    if run.go_next()? {
                        show = true;
                    } else {
                        say(out, t!("exam.recorded_last", locale = l))?;
                    }
                }
                Err(e) => {
                    let error = render::answer_error(&e, &look);
                    say(out, t!("exam.not_recorded", locale = l, error = error))?
                }
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
        assert_eq!(w.due(Some(Duration::from_secs(599))), Some(10));
        assert_eq!(w.due(Some(Duration::from_secs(400))), None);
        assert_eq!(w.due(Some(Duration::from_secs(300))), Some(5));
        assert_eq!(w.due(Some(Duration::from_secs(10))), None);
        assert_eq!(w.due(None), None);
        let mut short = Warnings::starting_at(Some(Duration::from_secs(480)));
        assert_eq!(short.due(Some(Duration::from_secs(470))), None);
        assert_eq!(short.due(Some(Duration::from_secs(299))), Some(5));
        let mut late = Warnings::new();
        assert_eq!(late.due(Some(Duration::from_secs(100))), Some(5));
        assert_eq!(late.due(Some(Duration::from_secs(90))), None);
    }
}
