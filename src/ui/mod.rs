//! Front ends: the plain line mode for pipes and scripts, and the
//! interactive terminal. Both render through `render`.

pub mod exam_line;
pub mod line;
pub mod progress;
pub mod readiness;
pub mod render;
pub mod term;
pub mod tui;

use std::io;

use crate::engine::answer::AnswerError;
use crate::engine::drill::{Item, Verdict};
use crate::engine::tally::Scorecard;

/// What the learner did at an answer prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Typed letters, not yet checked.
    Letters(String),
    /// `q`, or end of input.
    Stop,
    /// Ctrl-C in the interactive front end.
    Interrupt,
}

/// A front end a drill talks to.
pub trait DrillFrontend {
    fn question(&mut self, item: &Item, position: usize, total: usize) -> io::Result<()>;
    fn read_answer(&mut self, item: &Item) -> io::Result<Input>;
    fn refused(&mut self, error: &AnswerError) -> io::Result<()>;
    fn verdict(&mut self, item: &Item, verdict: &Verdict, card: &Scorecard) -> io::Result<()>;
    /// Between questions: the interactive front end waits for a key so the
    /// feedback can be read; `Stop` or `Interrupt` ends the drill.
    fn next(&mut self) -> io::Result<Input> {
        Ok(Input::Letters(String::new()))
    }
    fn summary(&mut self, card: &Scorecard, planned: usize) -> io::Result<()>;
}
