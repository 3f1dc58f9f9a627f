//! A mock exam: the DVA-C02 sitting as a state machine. Questions are
//! answered in any order, flagged, revisited; a countdown runs only while the
//! exam is open; nothing is scored until it ends (exam guide: no feedback
//! during the exam, unanswered counts as wrong, multiple response scores
//! only when exactly the keyed options are chosen).

use std::time::{Duration, SystemTime};

use super::answer::{self, AnswerError};
use super::presentation::Presentation;
use crate::bank::Question;

/// One question of an exam, as the learner sees and answers it.
#[derive(Debug, Clone, PartialEq)]
pub struct ExamItem<'a> {
    pub question: &'a Question,
    pub shown: Presentation,
    /// The chosen options as bank indices (ascending), if answered.
    pub answer: Option<Vec<u8>>,
    /// Options ticked so far on a multiple-response question that needs
    /// more (bank indices): kept across moves and pauses, as the real exam
    /// keeps them, but not an answer, so the question counts as unanswered.
    pub partial: Vec<u8>,
    pub flagged: bool,
    /// The learner marked the answer as a guess.
    pub guess: bool,
    /// Exam time used when it was last answered.
    pub answered_at: Option<Duration>,
}

impl<'a> ExamItem<'a> {
    /// `question` shown in the order `shown`, not yet answered, ticked,
    /// flagged or marked as a guess.
    pub fn new(question: &'a Question, shown: Presentation) -> Self {
        ExamItem {
            question,
            shown,
            answer: None,
            partial: Vec::new(),
            flagged: false,
            guess: false,
            answered_at: None,
        }
    }

    /// The chosen options as displayed indices.
    pub fn answer_shown(&self) -> Option<Vec<u8>> {
        self.answer.as_ref().map(|a| self.shown.to_shown(a))
    }

    /// The options ticked so far (an answer, or a partial one) as
    /// displayed indices, in the order ticked or ascending.
    pub fn ticked_shown(&self) -> Vec<u8> {
        match &self.answer {
            Some(a) => self.shown.to_shown(a),
            None => self.shown.to_shown(&self.partial),
        }
    }

    pub fn is_correct(&self) -> bool {
        self.answer.as_deref() == Some(self.question.key.as_slice())
    }

    /// What to store for this item: the answer, or else the options ticked
    /// so far (fewer than the question asks for); `None` when neither.
    pub fn stored_choice(&self) -> Option<&[u8]> {
        self.answer
            .as_deref()
            .or((!self.partial.is_empty()).then_some(self.partial.as_slice()))
    }
}

/// Where navigation may go.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NavError {
    #[error("there is no question {0}; the exam has {1}")]
    NoSuchQuestion(usize, usize),
}

/// Counts for the review screen and the end-of-exam confirmation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub unanswered: usize,
    pub flagged: usize,
}

/// The running exam.
#[derive(Debug, Clone)]
pub struct Exam<'a> {
    pub items: Vec<ExamItem<'a>>,
    position: usize,
    /// The time allowed, or `None` for an untimed exam.
    limit: Option<Duration>,
    /// Time used in earlier runs (before a pause or crash).
    used_before: Duration,
    /// When this run started, while the clock is running.
    running_since: Option<SystemTime>,
}

impl<'a> Exam<'a> {
    /// An exam over `items`, at its first question, with `used` time already
    /// spent (zero for a new exam) and the clock stopped.
    pub fn new(items: Vec<ExamItem<'a>>, limit: Option<Duration>, used: Duration) -> Self {
        Exam {
            items,
            position: 0,
            limit,
            used_before: used,
            running_since: None,
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// 0-based index of the question on screen.
    pub fn position(&self) -> usize {
        self.position
    }

    pub fn current(&self) -> &ExamItem<'a> {
        &self.items[self.position]
    }

    pub fn limit(&self) -> Option<Duration> {
        self.limit
    }

    /// Start (or restart after a pause) the clock.
    pub fn start_clock(&mut self, now: SystemTime) {
        if self.running_since.is_none() {
            self.running_since = Some(now);
        }
    }

    /// Stop the clock, keeping the time used so far.
    pub fn stop_clock(&mut self, now: SystemTime) {
        self.used_before = self.used(now);
        self.running_since = None;
    }

    /// Exam time used so far, across runs.
    pub fn used(&self, now: SystemTime) -> Duration {
        let running = self
            .running_since
            .map(|since| now.duration_since(since).unwrap_or_default())
            .unwrap_or_default();
        self.used_before + running
    }

    /// Time left, or `None` when untimed. Zero once time is up.
    pub fn remaining(&self, now: SystemTime) -> Option<Duration> {
        self.limit.map(|l| l.saturating_sub(self.used(now)))
    }

    /// Has the time run out?
    pub fn expired(&self, now: SystemTime) -> bool {
        self.remaining(now).is_some_and(|r| r.is_zero())
    }

    /// Record typed letters for the current question (replacing an earlier
    /// answer and its guess mark: `B?` marks a guess, `B` does not). A
    /// refused answer changes nothing.
    pub fn answer(&mut self, typed: &str, now: SystemTime) -> Result<(), AnswerError> {
        let used = self.used(now);
        let item = &mut self.items[self.position];
        let q = item.question;
        let typed = answer::parse(typed, q.choices as usize, q.key.len())?;
        item.answer = Some(item.shown.to_bank(&typed.letters));
        item.partial.clear();
        item.guess = typed.guess;
        item.answered_at = Some(used);
        Ok(())
    }

    /// Keep `ticked` (displayed indices, fewer than the question asks for)
    /// as the current question's partial selection; it is no answer, so an
    /// earlier answer is removed.
    pub fn set_partial(&mut self, ticked: &[u8]) {
        let item = &mut self.items[self.position];
        item.partial = item.shown.to_bank(ticked);
        item.answer = None;
        item.answered_at = None;
    }

    /// Mark or unmark the current question's answer as a guess; returns the
    /// new state. It applies to the answer given before or after.
    pub fn toggle_guess(&mut self) -> bool {
        let item = &mut self.items[self.position];
        item.guess = !item.guess;
        item.guess
    }

    /// Remove the answer to the current question (the guess mark stays with
    /// the question, for the answer that replaces it).
    pub fn clear_answer(&mut self) {
        let item = &mut self.items[self.position];
        item.answer = None;
        item.partial.clear();
        item.answered_at = None;
    }

    /// Flag or unflag the current question for review; returns the new state.
    pub fn toggle_flag(&mut self) -> bool {
        let item = &mut self.items[self.position];
        item.flagged = !item.flagged;
        item.flagged
    }

    /// Move to the next question; false at the last one.
    pub fn go_next(&mut self) -> bool {
        if self.position + 1 < self.items.len() {
            self.position += 1;
            true
        } else {
            false
        }
    }

    /// Move to the previous question; false at the first one.
    pub fn go_prev(&mut self) -> bool {
        if self.position > 0 {
            self.position -= 1;
            true
        } else {
            false
        }
    }

    /// Go to question `number` (1-based, as shown).
    pub fn goto(&mut self, number: usize) -> Result<(), NavError> {
        if number == 0 || number > self.items.len() {
            return Err(NavError::NoSuchQuestion(number, self.items.len()));
        }
        self.position = number - 1;
        Ok(())
    }

    pub fn progress(&self) -> Progress {
        let answered = self.items.iter().filter(|i| i.answer.is_some()).count();
        Progress {
            answered,
            unanswered: self.items.len() - answered,
            flagged: self.items.iter().filter(|i| i.flagged).count(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Bank;
    use crate::engine::clock::{Clock, FakeClock};

    fn exam(bank: &Bank, limit: Option<Duration>) -> Exam<'_> {
        let items = bank.questions()[..5]
            .iter()
            .map(|q| ExamItem::new(q, Presentation::identity(q.text().choices.len())))
            .collect();
        Exam::new(items, limit, Duration::ZERO)
    }

    #[test]
    fn the_clock_runs_only_while_started() {
        let bank = Bank::builtin();
        let clock = FakeClock::at(SystemTime::UNIX_EPOCH);
        let mut e = exam(&bank, Some(Duration::from_secs(100)));
        e.start_clock(clock.now());
        clock.advance(Duration::from_secs(30));
        assert_eq!(e.remaining(clock.now()), Some(Duration::from_secs(70)));
        e.stop_clock(clock.now());
        clock.advance(Duration::from_secs(1000));
        assert_eq!(e.remaining(clock.now()), Some(Duration::from_secs(70)));
        e.start_clock(clock.now());
        clock.advance(Duration::from_secs(70));
        assert!(e.expired(clock.now()));
        assert_eq!(e.remaining(clock.now()), Some(Duration::ZERO));
    }

    #[test]
    fn answers_flags_and_navigation() {
        let bank = Bank::builtin();
        let now = SystemTime::UNIX_EPOCH;
        let mut e = exam(&bank, None);
        let key = e.current().question.key_letters();
        e.answer(&key, now).unwrap();
        assert!(e.current().is_correct());
        assert!(!e.current().guess);
        e.answer(&format!("{key}?"), now).unwrap();
        assert!(e.current().is_correct() && e.current().guess);
        assert!(!e.toggle_guess());
        assert!(e.toggle_guess());
        assert!(e.toggle_flag());
        assert!(!e.go_prev());
        assert!(e.go_next());
        assert!(e.goto(6).is_err());
        e.goto(5).unwrap();
        assert!(!e.go_next());
        let p = e.progress();
        assert_eq!((p.answered, p.unanswered, p.flagged), (1, 4, 1));
        assert_eq!(e.remaining(now), None);
        assert!(!e.expired(now));
    }
}
