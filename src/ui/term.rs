//! The interactive terminal drill: single keys for answers, colour, and a
//! progress bar with the score so far.

use std::io;

use console::{Key, Term};
use indicatif::{ProgressBar, ProgressStyle};

use super::render::{self, Look};
use super::{DrillFrontend, Input};
use crate::engine::answer::{AnswerError, GUESS_MARK};
use crate::engine::drill::{Item, Verdict};
use crate::engine::tally::Scorecard;

pub struct Interactive {
    term: Term,
    look: Look,
    bar: ProgressBar,
}

impl Interactive {
    pub fn new(color: bool, total: usize) -> Self {
        let term = Term::stdout();
        let width = (term.size().1 as usize).clamp(40, 100);
        let bar = ProgressBar::new(total as u64);
        bar.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len}  {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        Interactive {
            term,
            look: Look {
                color,
                width: Some(width),
            },
            bar,
        }
    }

    fn print(&self, text: &str) -> io::Result<()> {
        self.bar.suspend(|| self.term.write_str(text))
    }
}

impl Drop for Interactive {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
        let _ = self.term.show_cursor();
    }
}

impl DrillFrontend for Interactive {
    fn question(&mut self, item: &Item, position: usize, total: usize) -> io::Result<()> {
        let text = render::question(item, position, total, &self.look);
        self.print(&format!("\n{text}\n"))?;
        self.bar.set_position(position as u64);
        Ok(())
    }

    fn read_answer(&mut self, item: &Item) -> io::Result<Input> {
        let n = item.question.text.choices.len();
        let k = item.question.key.len();
        let last = (b'A' + n as u8 - 1) as char;
        let mut picked: Vec<char> = Vec::new();
        let mut guess = false;
        let hint = if k > 1 {
            format!("choose {k}: letters A-{last} toggle, Enter submits, ? guess, q stops")
        } else {
            format!("press A-{last}, ? to mark a guess first, q to stop")
        };
        // The parser understands the guess mark; pass it on as typed text.
        let typed = |letters: String, guess: bool| {
            if guess {
                format!("{letters}{GUESS_MARK}")
            } else {
                letters
            }
        };
        loop {
            let chosen: String = picked.iter().collect();
            let mut message = hint.clone();
            if !chosen.is_empty() {
                message.push_str(&format!("   selected: {chosen}"));
            }
            if guess {
                message.push_str("   [guess]");
            }
            self.bar.set_message(message);
            match self.term.read_key()? {
                Key::CtrlC => return Ok(Input::Interrupt),
                Key::Escape => return Ok(Input::Stop),
                Key::Char(c) if c.eq_ignore_ascii_case(&'q') => return Ok(Input::Stop),
                Key::Char(GUESS_MARK) => guess = !guess,
                Key::Char(c) if c.is_ascii_alphabetic() => {
                    let c = c.to_ascii_uppercase();
                    if k == 1 {
                        return Ok(Input::Letters(typed(c.to_string(), guess)));
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
                Key::Enter if k > 1 => {
                    return Ok(Input::Letters(typed(picked.iter().collect(), guess)));
                }
                _ => {}
            }
        }
    }

    fn refused(&mut self, error: &AnswerError) -> io::Result<()> {
        self.print(&format!(
            "{}\n",
            self.look.bad(&format!("Not scored: {error}."))
        ))
    }

    fn verdict(&mut self, item: &Item, verdict: &Verdict, card: &Scorecard) -> io::Result<()> {
        let text = render::verdict(item, verdict, &self.look);
        self.print(&format!("\n{text}"))?;
        self.bar.inc(1);
        self.bar.set_message(format!(
            "score {}/{}   press any key for the next question",
            card.total.correct, card.total.answered
        ));
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
        self.bar.finish_and_clear();
        self.term
            .write_str(&format!("\n{}", render::summary(card, planned, &self.look)))
    }
}
