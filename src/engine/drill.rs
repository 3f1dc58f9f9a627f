//! A drill session: questions one at a time, each answer scored at once.

use std::time::SystemTime;

use rand::Rng;

use super::answer::{self, AnswerError};
use super::clock::Clock;
use super::presentation::Presentation;
use super::tally::Scorecard;
use crate::bank::Question;

/// A question as this session shows it.
#[derive(Debug, Clone)]
pub struct Item<'a> {
    pub question: &'a Question,
    pub shown: Presentation,
}

impl Item<'_> {
    /// The keyed options as displayed indices.
    pub fn key_shown(&self) -> Vec<u8> {
        self.shown.to_shown(&self.question.key)
    }
}

/// The verdict on one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// All-or-nothing, as the exam scores multiple response.
    pub correct: bool,
    /// The learner marked the answer as a guess (`B?`).
    pub guess: bool,
    /// What the learner chose, as bank indices (ascending).
    pub chosen: Vec<u8>,
    /// What the learner chose, as displayed indices.
    pub chosen_shown: Vec<u8>,
    /// Seconds from the question being shown to the answer.
    pub seconds: f64,
    pub answered_at: SystemTime,
}

/// The state of a drill.
pub struct Drill<'a> {
    items: Vec<Item<'a>>,
    position: usize,
    shown_at: SystemTime,
    card: Scorecard,
    clock: &'a dyn Clock,
}

impl<'a> Drill<'a> {
    /// A drill over `questions` in the given order, each with its choices
    /// shuffled by `rng`.
    pub fn new<R: Rng + ?Sized>(
        questions: Vec<&'a Question>,
        rng: &mut R,
        clock: &'a dyn Clock,
    ) -> Self {
        let items = questions
            .into_iter()
            .map(|q| Item {
                question: q,
                shown: Presentation::shuffled(q.text().choices.len(), rng),
            })
            .collect();
        Drill {
            items,
            position: 0,
            shown_at: clock.now(),
            card: Scorecard::default(),
            clock,
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// 0-based position of the current question.
    pub fn position(&self) -> usize {
        self.position
    }

    /// The question waiting for an answer, or `None` when all are answered.
    pub fn current(&self) -> Option<&Item<'a>> {
        self.items.get(self.position)
    }

    /// Start timing the current question (call when it is displayed).
    pub fn mark_shown(&mut self) {
        self.shown_at = self.clock.now();
    }

    /// Score typed letters against the current question and move on. A
    /// refused answer changes nothing and is never scored.
    pub fn answer(&mut self, typed: &str) -> Result<Verdict, AnswerError> {
        let item = self
            .items
            .get(self.position)
            .expect("answer() called after the last question");
        let q = item.question;
        let typed = answer::parse(typed, q.choices as usize, q.key.len())?;
        let shown = typed.letters;
        let chosen = item.shown.to_bank(&shown);
        let now = self.clock.now();
        let seconds = now
            .duration_since(self.shown_at)
            .map(|d| d.as_secs_f64())
            .unwrap_or(0.0);
        let correct = chosen == q.key;
        self.card.add(&q.topic, q.domain, correct);
        self.position += 1;
        self.shown_at = now;
        Ok(Verdict {
            correct,
            guess: typed.guess,
            chosen,
            chosen_shown: shown,
            seconds,
            answered_at: now,
        })
    }

    pub fn scorecard(&self) -> &Scorecard {
        &self.card
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Bank;
    use crate::engine::clock::FakeClock;
    use rand::SeedableRng;
    use rand::rngs::StdRng;
    use std::time::Duration;

    #[test]
    fn scores_in_bank_order_whatever_the_shuffle() {
        let bank = Bank::builtin();
        let q = bank.questions().iter().find(|q| q.key.len() > 1).unwrap();
        let clock = FakeClock::at(SystemTime::UNIX_EPOCH);
        let mut d = Drill::new(vec![q, q], &mut StdRng::seed_from_u64(3), &clock);
        let key = d.current().unwrap().key_shown();
        let typed: String = key.iter().map(|&i| (b'a' + i) as char).collect();
        clock.advance(Duration::from_secs(12));
        let v = d.answer(&typed).unwrap();
        assert!(v.correct);
        assert!(!v.guess);
        assert_eq!(v.chosen, q.key);
        assert_eq!(v.seconds, 12.0);
        // One letter for a multiple-response item is refused, not scored.
        assert!(d.answer("A").is_err());
        assert_eq!(d.scorecard().total.answered, 1);
        let key = d.current().unwrap().key_shown();
        let typed: String = key.iter().map(|&i| (b'A' + i) as char).collect();
        let v = d.answer(&format!("{typed}?")).unwrap();
        assert!(v.correct && v.guess);
    }
}
