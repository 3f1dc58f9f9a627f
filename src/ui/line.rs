//! Plain line mode: plain text out, one answer per line in. Used for pipes,
//! scripts and tests, and with --plain. No ANSI escapes.

use std::io::{self, BufRead, Write};

use super::render::{self, Look};
use super::{DrillFrontend, Input};
use crate::engine::answer::AnswerError;
use crate::engine::drill::{Item, Verdict};
use crate::engine::tally::Scorecard;

pub struct Line<R, W> {
    input: R,
    out: W,
    look: Look,
}

impl<R: BufRead, W: Write> Line<R, W> {
    pub fn new(input: R, out: W) -> Self {
        Line {
            input,
            out,
            look: Look::plain(),
        }
    }
}

impl<R: BufRead, W: Write> DrillFrontend for Line<R, W> {
    fn question(&mut self, item: &Item, position: usize, total: usize) -> io::Result<()> {
        if position > 0 {
            writeln!(self.out)?;
        }
        write!(
            self.out,
            "{}",
            render::question(item, position, total, &self.look)
        )?;
        self.out.flush()
    }

    fn read_answer(&mut self, item: &Item) -> io::Result<Input> {
        write!(self.out, "{}", render::prompt(item))?;
        self.out.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            writeln!(self.out)?;
            return Ok(Input::Stop);
        }
        // Echo the answer so a transcript reads like a session.
        let typed = line.trim();
        writeln!(self.out, "{typed}")?;
        match typed.to_ascii_lowercase().as_str() {
            "q" | "quit" | "exit" => Ok(Input::Stop),
            _ => Ok(Input::Letters(typed.to_string())),
        }
    }

    fn refused(&mut self, error: &AnswerError) -> io::Result<()> {
        writeln!(self.out, "Not scored: {error}. Try again.")
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
