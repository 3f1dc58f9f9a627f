//! The interactive terminal drill: single keys for answers, colour, and a
//! progress bar with the score so far. `l` shows the question in the other
//! language, as a candidate checking a translated term would.

use std::io;

use console::{Key, Term};
use indicatif::{ProgressBar, ProgressStyle};
use rust_i18n::t;

use super::render::{self, Look};
use super::{DrillFrontend, Input};
use crate::engine::answer::{AnswerError, GUESS_MARK};
use crate::engine::drill::{Item, Verdict};
use crate::engine::tally::Scorecard;
use crate::i18n::Lang;

pub struct Interactive {
    term: Term,
    /// The chosen look; `shown` is what the current question uses.
    look: Look,
    shown: Look,
    bar: ProgressBar,
    position: (usize, usize),
}

impl Interactive {
    pub fn new(color: bool, total: usize, lang: Lang) -> Self {
        let term = Term::stdout();
        let width = text_width(&term);
        let bar = ProgressBar::new(total as u64);
        bar.set_style(
            ProgressStyle::with_template("{bar:20} {pos}/{len} {wide_msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        let look = Look {
            color,
            width: Some(width),
            lang,
        };
        Interactive {
            term,
            look,
            shown: look,
            bar,
            position: (0, 0),
        }
    }

    fn print(&self, text: &str) -> io::Result<()> {
        self.bar.suspend(|| self.term.write_str(text))
    }

    fn l(&self) -> &'static str {
        self.shown.lang.code()
    }

    /// Wrap to the terminal as it is now: the learner may have resized it
    /// since the last question.
    fn refit(&mut self) {
        let width = Some(text_width(&self.term));
        self.look.width = width;
        self.shown.width = width;
    }
}

/// Columns to wrap text to: the terminal's width, within 40 to 100 so that
/// lines stay readable.
fn text_width(term: &Term) -> usize {
    (term.size().1 as usize).clamp(40, 100)
}

impl Drop for Interactive {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
        let _ = self.term.show_cursor();
    }
}

impl DrillFrontend for Interactive {
    fn question(&mut self, item: &Item, position: usize, total: usize) -> io::Result<()> {
        self.refit();
        self.shown = self.look;
        self.position = (position, total);
        let text = render::question(item, position, total, &self.shown);
        self.print(&format!("\n{text}\n"))?;
        self.bar.set_position(position as u64);
        Ok(())
    }

    fn read_answer(&mut self, item: &Item) -> io::Result<Input> {
        let n = item.question.choices as usize;
        let k = item.question.key.len();
        let last = (b'A' + n as u8 - 1) as char;
        let mut picked: Vec<char> = Vec::new();
        let mut guess = false;
        // The parser understands the guess mark; pass it on as typed text.
        let typed = |letters: String, guess: bool| {
            if guess {
                format!("{letters}{GUESS_MARK}")
            } else {
                letters
            }
        };
        // The keys, once under the question (the progress bar's line is
        // too short to hold them beside a selection).
        let hint = |me: &Self| {
            let text = if k > 1 {
                t!("drill.hint_multi", locale = me.l(), k = k, last = last)
            } else {
                t!("drill.hint_single", locale = me.l(), last = last)
            };
            me.shown.dim(me.shown.wrap(&text, "", "").trim_end())
        };
        self.print(&format!("{}\n", hint(self)))?;
        loop {
            let chosen: String = picked.iter().collect();
            // The guess mark and the selection so far.
            let mut message = String::new();
            if guess {
                message.push_str(&t!("exam.guess_tag", locale = self.l()));
                message.push(' ');
            }
            if !chosen.is_empty() {
                message.push_str(&t!("drill.selected", locale = self.l(), letters = chosen));
            }
            self.bar.set_message(message);
            match self.term.read_key()? {
                Key::CtrlC => return Ok(Input::Interrupt),
                Key::Escape => return Ok(Input::Stop),
                Key::Char(c) if c.eq_ignore_ascii_case(&'q') => return Ok(Input::Stop),
                Key::Char(c) if c.eq_ignore_ascii_case(&'l') => {
                    self.refit();
                    self.shown = self.shown.switched();
                    let (position, total) = self.position;
                    let text = render::question(item, position, total, &self.shown);
                    self.print(&format!("\n{text}\n"))?;
                    self.print(&format!("{}\n", hint(self)))?;
                }
                Key::Char(GUESS_MARK) => guess = !guess,
                Key::Char(c) if c.is_ascii_alphabetic() => {
                    let c = c.to_ascii_uppercase();
                    if k == 1 {
                        return Ok(Input::Letters(typed(c.to_string(), guess)));
                    }
                    if c > last {
                        // Not an option: nothing to tick.
                        continue;
                    }
                    if let Some(i) = picked.iter().position(|&p| p == c) {
                        picked.remove(i);
                    } else {
                        picked.push(c);
                    }
                }
                Key::Backspace => {
                    picked.pop();
                }
                // Submit only a full set: the ticked letters stay as they are.
                Key::Enter if k > 1 && picked.len() == k => {
                    return Ok(Input::Letters(typed(picked.iter().collect(), guess)));
                }
                _ => {}
            }
        }
    }

    fn refused(&mut self, error: &AnswerError) -> io::Result<()> {
        let error = render::answer_error(error, &self.shown);
        let line = t!("drill.refused", locale = self.l(), error = error);
        self.print(&format!("{}\n", self.shown.bad(&line)))
    }

    fn verdict(&mut self, item: &Item, verdict: &Verdict, card: &Scorecard) -> io::Result<()> {
        self.refit();
        let text = render::verdict(item, verdict, &self.shown);
        self.print(&format!("\n{text}"))?;
        self.bar.inc(1);
        self.bar.set_message(
            t!(
                "drill.score_next",
                locale = self.l(),
                correct = card.total.correct,
                answered = card.total.answered
            )
            .to_string(),
        );
        Ok(())
    }

    fn next(&mut self) -> io::Result<Input> {
        // Let the learner read the feedback before the next question scrolls it.
        Ok(match self.term.read_key()? {
            Key::CtrlC => Input::Interrupt,
            Key::Escape => Input::Stop,
            Key::Char(c) if c.eq_ignore_ascii_case(&'q') => Input::Stop,
            _ => Input::Letters(String::new()),
        })
    }

    fn summary(&mut self, card: &Scorecard, planned: usize) -> io::Result<()> {
        self.refit();
        self.bar.finish_and_clear();
        self.term
            .write_str(&format!("\n{}", render::summary(card, planned, &self.look)))
    }
}
