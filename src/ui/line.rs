//! Plain line mode: plain text out, one answer per line in. Used for pipes,
//! scripts and tests, and with --plain. No ANSI escapes.

use std::io::{self, BufRead, Write};

use rust_i18n::t;

use super::render::{self, Look};
use super::{DrillFrontend, Input};
use crate::engine::answer;
use crate::engine::answer::AnswerError;
use crate::engine::drill::{Item, Verdict};
use crate::engine::tally::Scorecard;
use crate::i18n::Lang;

pub struct Line<R, W> {
    input: R,
    out: W,
    look: Look,
    /// The question on screen, for reprinting it in another language.
    position: (usize, usize),
}

impl<R: BufRead, W: Write> Line<R, W> {
    pub fn new(input: R, out: W, lang: Lang) -> Self {
        Line {
            input,
            out,
            look: Look::plain(lang),
            position: (0, 0),
        }
    }
}

/// `lang en` or `lang ko`: a switch of language typed at a prompt.
pub fn lang_command(typed: &str) -> Option<Lang> {
    let mut words = typed.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some("lang"), Some("en"), None) => Some(Lang::En),
        (Some("lang"), Some("ko"), None) => Some(Lang::Ko),
        _ => None,
    }
}

impl<R: BufRead, W: Write> DrillFrontend for Line<R, W> {
    fn question(&mut self, item: &Item, position: usize, total: usize) -> io::Result<()> {
        if position > 0 {
            writeln!(self.out)?;
        }
        self.position = (position, total);
        write!(
            self.out,
            "{}",
            render::question(item, position, total, &self.look)
        )?;
        self.out.flush()
    }

    fn read_answer(&mut self, item: &Item) -> io::Result<Input> {
        loop {
            write!(self.out, "{}", render::prompt(item, &self.look))?;
            self.out.flush()?;
            let mut line = String::new();
            if self.input.read_line(&mut line)? == 0 {
                writeln!(self.out)?;
                return Ok(Input::Stop);
            }
            // Echo the answer so a transcript reads like a session.
            let typed = line.trim();
            writeln!(self.out, "{typed}")?;
            let lower = typed.to_ascii_lowercase();
            if lower.split_whitespace().next() == Some("lang") && lang_command(&lower).is_none() {
                writeln!(
                    self.out,
                    "{}",
                    t!("lang.usage", locale = self.look.lang.code())
                )?;
                continue;
            }
            if let Some(lang) = lang_command(&lower) {
                self.look.lang = lang;
                writeln!(self.out)?;
                let (position, total) = self.position;
                write!(
                    self.out,
                    "{}",
                    render::question(item, position, total, &self.look)
                )?;
                continue;
            }
            return match typed.to_ascii_lowercase().as_str() {
                "q" | "quit" | "exit" => Ok(Input::Stop),
                word if answer::is_word(word, item.question.choices) => {
                    writeln!(
                        self.out,
                        "{}",
                        t!(
                            "drill.unknown_word",
                            locale = self.look.lang.code(),
                            word = word
                        )
                    )?;
                    continue;
                }
                _ => Ok(Input::Letters(typed.to_string())),
            };
        }
    }

    fn refused(&mut self, error: &AnswerError) -> io::Result<()> {
        let error = render::answer_error(error, &self.look);
        writeln!(
            self.out,
            "{}",
            t!(
                "drill.refused",
                locale = self.look.lang.code(),
                error = error
            )
        )
    }

    fn verdict(&mut self, item: &Item, verdict: &Verdict, _card: &Scorecard) -> io::Result<()> {
        writeln!(self.out)?;
        write!(self.out, "{}", render::verdict(item, verdict, &self.look))?;
        self.out.flush()
    }

    fn summary(&mut self, card: &Scorecard, planned: usize) -> io::Result<()> {
        writeln!(self.out)?;
        write!(self.out, "{}", render::summary(card, planned, &self.look))?;
        self.out.flush()
    }
}
