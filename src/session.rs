//! A running exam: the engine's state plus its persistence. Every answer,
//! flag and move is saved as it happens, and the clock at least every five
//! seconds, so a crash or kill -9 loses at most a few seconds of exam time
//! and nothing the learner answered. Front ends drive an exam only through
//! this type.

use std::time::{Duration, SystemTime};

use crate::engine::answer::AnswerError;
use crate::engine::clock::Clock;
use crate::engine::exam::{Exam, NavError};
use crate::engine::scoring::{self, ExamResult};
use crate::store::exam::ItemState;
use crate::store::{AnswerRecord, Mode, Store, StoreError};

/// How often the clock is saved while the exam runs, at most.
pub const SAVE_EVERY: Duration = Duration::from_secs(4);

pub struct ExamRun<'a> {
    pub exam: Exam<'a>,
    pub session_id: i64,
    store: &'a mut Store,
    clock: &'a dyn Clock,
    last_saved: SystemTime,
}

impl<'a> ExamRun<'a> {
    /// Wrap an exam and start its clock.
    pub fn start(
        mut exam: Exam<'a>,
        session_id: i64,
        store: &'a mut Store,
        clock: &'a dyn Clock,
    ) -> Self {
        let now = clock.now();
        exam.start_clock(now);
        ExamRun {
            exam,
            session_id,
            store,
            clock,
            last_saved: now,
        }
    }

    pub fn now(&self) -> SystemTime {
        self.clock.now()
    }

    /// Time left, `None` when untimed.
    pub fn remaining(&self) -> Option<Duration> {
        self.exam.remaining(self.now())
    }

    pub fn expired(&self) -> bool {
        self.exam.expired(self.now())
    }

    fn save_item(&mut self) -> Result<(), StoreError> {
        let pos = self.exam.position();
        let item = self.exam.current();
        self.store.save_exam_item(
            self.session_id,
            pos,
            &ItemState {
                chosen: item.stored_choice(),
                flagged: item.flagged,
                guess: item.guess,
                answered_at: item.answered_at,
            },
        )
    }

    fn save_clock(&mut self) -> Result<(), StoreError> {
        let now = self.now();
        self.last_saved = now;
        self.store
            .save_exam_clock(self.session_id, self.exam.used(now), self.exam.position())
    }

    /// Save the clock if it has not been saved for a while; call on every tick.
    pub fn tick(&mut self) -> Result<(), StoreError> {
        let due = self
            .now()
            .duration_since(self.last_saved)
            .map_or(true, |d| d >= SAVE_EVERY);
        if due { self.save_clock() } else { Ok(()) }
    }

    /// Answer the current question (replacing any earlier answer).
    pub fn answer(&mut self, typed: &str) -> Result<Result<(), AnswerError>, StoreError> {
        let now = self.now();
        match self.exam.answer(typed, now) {
            Ok(()) => {
                self.save_item()?;
                Ok(Ok(()))
            }
            Err(e) => Ok(Err(e)),
        }
    }

    /// Keep the options ticked so far on a multiple-response question
    /// (displayed indices, fewer than it asks for), saved like an answer.
    pub fn set_partial(&mut self, ticked: &[u8]) -> Result<(), StoreError> {
        self.exam.set_partial(ticked);
        self.save_item()
    }

    pub fn clear_answer(&mut self) -> Result<(), StoreError> {
        self.exam.clear_answer();
        self.save_item()
    }

    pub fn toggle_flag(&mut self) -> Result<bool, StoreError> {
        let flagged = self.exam.toggle_flag();
        self.save_item()?;
        Ok(flagged)
    }

    /// Mark or unmark the current answer as a guess; returns the new state.
    pub fn toggle_guess(&mut self) -> Result<bool, StoreError> {
        let guess = self.exam.toggle_guess();
        self.save_item()?;
        Ok(guess)
    }

    pub fn go_next(&mut self) -> Result<bool, StoreError> {
        let moved = self.exam.go_next();
        self.save_clock()?;
        Ok(moved)
    }

    pub fn go_prev(&mut self) -> Result<bool, StoreError> {
        let moved = self.exam.go_prev();
        self.save_clock()?;
        Ok(moved)
    }

    pub fn goto(&mut self, number: usize) -> Result<Result<(), NavError>, StoreError> {
        let r = self.exam.goto(number);
        self.save_clock()?;
        Ok(r)
    }

    /// Stop the clock and save it, for `dva resume`.
    pub fn pause(&mut self) -> Result<(), StoreError> {
        let now = self.now();
        self.exam.stop_clock(now);
        self.save_clock()
    }

    /// End and score the exam, and log every question's answer.
    pub fn finish(&mut self) -> Result<ExamResult, StoreError> {
        let now = self.now();
        // Time cannot run past the limit, even if the end was noticed late.
        let used = match self.exam.limit() {
            Some(limit) => self.exam.used(now).min(limit),
            None => self.exam.used(now),
        };
        self.exam.stop_clock(now);
        let result = scoring::score(&self.exam, used);
        let per_question = result.seconds_per_question;
        let answers: Vec<AnswerRecord> = self
            .exam
            .items
            .iter()
            .map(|i| AnswerRecord {
                session_id: self.session_id,
                question_id: &i.question.id,
                topic: &i.question.topic,
                domain: i.question.domain,
                chosen: i
                    .answer
                    .as_deref()
                    .unwrap_or_default()
                    .iter()
                    .map(|&b| (b'A' + b) as char)
                    .collect(),
                correct: i.is_correct(),
                guess: i.guess,
                seconds: per_question,
                answered_at: now,
                mode: Mode::Exam,
            })
            .collect();
        self.store
            .finish_exam(self.session_id, used, &answers, now)?;
        Ok(result)
    }
}
