//! The learner's memory of each question, as FSRS models it: a card per
//! question with its stability, difficulty and due date.
//!
//! The cards are never stored. They are derived from the answer log by
//! replaying every answer in time order through the rs-fsrs scheduler with
//! its default parameters, so the log stays the one source of truth: a new
//! scheduler version or a changed parameter simply recomputes them.
//!
//! Ratings (FSRS has four; dva uses three): an incorrect answer is Again, a
//! correct one Good, and a correct answer the learner marked as a guess Hard.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rs_fsrs::{Card, FSRS, Parameters, Rating, State};

use super::tally::Tally;

/// One answer from the log, as the memory model reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub question_id: String,
    /// The question's exam domain when it was answered, 1 to 4.
    pub domain: u8,
    /// All-or-nothing, as the exam scores it.
    pub correct: bool,
    /// The learner marked the answer as a guess.
    pub guess: bool,
    pub at: DateTime<Utc>,
}

/// The FSRS rating of an answer: incorrect is Again (whatever the guess
/// mark says), correct is Good, correct but guessed is Hard.
pub fn rating(correct: bool, guess: bool) -> Rating {
    match (correct, guess) {
        (false, _) => Rating::Again,
        (true, true) => Rating::Hard,
        (true, false) => Rating::Good,
    }
}

/// The scheduler dva replays answers through: rs-fsrs with its default
/// weights (90 % requested retention, no interval fuzz), long-term only.
/// FSRS's short-term learning steps (again in 1 minute, good in 10) suit
/// flashcards learned in one sitting; a multiple-choice question asked again
/// minutes later only tests memory of its letter, so every answer schedules
/// the next one at least a day later (FSRS "enable_short_term = false").
pub fn scheduler() -> FSRS {
    FSRS::new(Parameters {
        enable_short_term: false,
        ..Parameters::default()
    })
}

/// Every question's FSRS card after replaying the answers up to a moment.
#[derive(Debug, Clone, Default)]
pub struct Memory {
    cards: HashMap<String, Card>,
    answers: usize,
    /// First answers to each question, per domain (index 0 is domain 1): how
    /// the learner does on questions never seen before.
    first_attempts: [Tally; 4],
}

impl Memory {
    /// Replay every answer, in time order (answers at the same moment in
    /// log order).
    pub fn replay(answers: &[Answer]) -> Memory {
        Memory::as_of(answers, DateTime::<Utc>::MAX_UTC)
    }

    /// Replay the answers given at or before `moment`: the memory as it
    /// stood then (answers stamped later are not part of it yet).
    pub fn as_of(answers: &[Answer], moment: DateTime<Utc>) -> Memory {
        Memory::replay_until(answers, &[moment])
            .pop()
            .unwrap_or_default()
    }

    /// The memory as it stood at each of `moments`: for each one, the replay
    /// of the answers given at or before it. One pass over the log, however
    /// many moments. The result is in the order of `moments`.
    pub fn replay_until(answers: &[Answer], moments: &[DateTime<Utc>]) -> Vec<Memory> {
        let mut order: Vec<&Answer> = answers.iter().collect();
        // Stable: answers at the same moment keep their log order.
        order.sort_by_key(|a| a.at);
        let mut wanted: Vec<(usize, DateTime<Utc>)> = moments.iter().copied().enumerate().collect();
        wanted.sort_by_key(|&(_, m)| m);

        let fsrs = scheduler();
        let mut memory = Memory::default();
        let mut out: Vec<Option<Memory>> = vec![None; moments.len()];
        let mut next = order.into_iter().peekable();
        for (slot, moment) in wanted {
            while let Some(a) = next.next_if(|a| a.at <= moment) {
                memory.apply(&fsrs, a);
            }
            out[slot] = Some(memory.clone());
        }
        out.into_iter().map(Option::unwrap_or_default).collect()
    }

    fn apply(&mut self, fsrs: &FSRS, a: &Answer) {
        self.answers += 1;
        let card = match self.cards.get_mut(&a.question_id) {
            Some(card) => card,
            None => {
                if let Some(t) = self
                    .first_attempts
                    .get_mut(usize::from(a.domain).wrapping_sub(1))
                {
                    t.add(a.correct);
                }
                self.cards.entry(a.question_id.clone()).or_default()
            }
        };
        let current = std::mem::take(card);
        *card = fsrs.next(current, a.at, rating(a.correct, a.guess)).card;
    }

    /// Answers replayed.
    pub fn answers(&self) -> usize {
        self.answers
    }

    /// Questions answered at least once.
    pub fn seen(&self) -> usize {
        self.cards.len()
    }

    /// The card of a question, if it was ever answered.
    pub fn card(&self, question_id: &str) -> Option<&Card> {
        self.cards.get(question_id)
    }

    /// When FSRS schedules the question's next review, if it was answered.
    pub fn due(&self, question_id: &str) -> Option<DateTime<Utc>> {
        self.cards.get(question_id).map(|c| c.due)
    }

    /// Predicted recall (FSRS retrievability, 0 to 1) of a question at
    /// `now`, if it was ever answered: the crate's forgetting curve at the
    /// exact time since the last answer (the crate's own `get_retrievability`
    /// rounds that down to whole days, which would rank every question
    /// answered today alike).
    pub fn recall(&self, question_id: &str, now: DateTime<Utc>) -> Option<f64> {
        self.cards.get(question_id).map(|c| retrievability(c, now))
    }

    /// First answers to questions of `domain` (1 to 4).
    pub fn first_attempts(&self, domain: u8) -> Tally {
        self.first_attempts
            .get(usize::from(domain).wrapping_sub(1))
            .copied()
            .unwrap_or_default()
    }
}

/// FSRS retrievability of `card` at `now`, 0 to 1.
pub fn retrievability(card: &Card, now: DateTime<Utc>) -> f64 {
    if card.state == State::New || card.stability <= 0.0 {
        return 0.0;
    }
    let days = (now - card.last_review).as_seconds_f64().max(0.0) / 86_400.0;
    Parameters::forgetting_curve(days, card.stability).clamp(0.0, 1.0)
}

/// How many of `ids` fall due in each period: the first count is everything
/// due before `ends[0]` (overdue included), each next one what falls due from
/// the previous end to before its own. Questions never answered are not due.
pub fn count_due<'a>(
    memory: &Memory,
    ids: impl IntoIterator<Item = &'a str>,
    ends: &[DateTime<Utc>],
) -> Vec<usize> {
    let mut counts = vec![0; ends.len()];
    for id in ids {
        if let Some(due) = memory.due(id) {
            if let Some(k) = ends.iter().position(|&end| due < end) {
                counts[k] += 1;
            }
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeDelta;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    fn answer(id: &str, correct: bool, guess: bool, when: &str) -> Answer {
        Answer {
            question_id: id.into(),
            domain: 1,
            correct,
            guess,
            at: at(when),
        }
    }

    #[test]
    fn wrong_is_again_right_is_good_and_a_guessed_right_is_hard() {
        assert_eq!(rating(false, false), Rating::Again);
        assert_eq!(rating(false, true), Rating::Again);
        assert_eq!(rating(true, false), Rating::Good);
        assert_eq!(rating(true, true), Rating::Hard);
    }

    /// A known history and the due dates rs-fsrs 1.2 computes for it with
    /// its default weights, long-term scheduling and no fuzz.
    #[test]
    fn a_known_history_gives_the_crates_due_dates() {
        let log = vec![
            answer("q", true, false, "2026-05-01T09:00:00Z"),
            answer("q", true, false, "2026-05-01T10:00:00Z"),
            answer("q", false, false, "2026-05-06T10:00:00Z"),
            answer("q", true, false, "2026-05-06T10:30:00Z"),
        ];
        let step = |n: usize| Memory::replay(&log[..n]);
        // Good on a new card: stability w2 = 3.13 days; at 90 % retention the
        // interval equals the stability, rounded: 3 days, no learning step.
        let m = step(1);
        assert_eq!(m.due("q"), Some(at("2026-05-04T09:00:00Z")));
        assert_eq!(m.card("q").unwrap().state, State::Review);
        assert!((m.card("q").unwrap().stability - 3.1262).abs() < 1e-9);
        // Good again an hour later: recall is still 1, so stability stays;
        // Good is kept a day beyond Hard (3 days): 4 days.
        let m = step(2);
        assert_eq!(m.due("q"), Some(at("2026-05-05T10:00:00Z")));
        assert!((m.card("q").unwrap().stability - 3.1262).abs() < 1e-9);
        // A lapse 5 days later (recall 0.853): post-lapse stability
        // w11 D^-w12 ((S+1)^w13 - 1) e^(w14 (1 - R)) = 1.23 days, due in 1.
        let m = step(3);
        assert_eq!(m.due("q"), Some(at("2026-05-07T10:00:00Z")));
        assert!((m.card("q").unwrap().stability - 1.2271).abs() < 1e-3);
        assert_eq!(m.card("q").unwrap().lapses, 1);
        // Good half an hour after the lapse: Again 1, Hard 2, Good 3 days.
        let m = step(4);
        assert_eq!(m.card("q").unwrap().state, State::Review);
        assert_eq!(m.due("q"), Some(at("2026-05-09T10:30:00Z")));

        // The same as feeding the crate step by step.
        let fsrs = scheduler();
        let mut card = Card::new();
        for a in &log {
            card = fsrs.next(card, a.at, rating(a.correct, a.guess)).card;
        }
        assert_eq!(m.card("q"), Some(&card));
    }

    #[test]
    fn the_guess_mark_turns_good_into_hard() {
        // The second answer comes when the first falls due, three days on.
        let sure = [
            answer("q", true, false, "2026-05-01T09:00:00Z"),
            answer("q", true, false, "2026-05-04T09:00:00Z"),
        ];
        let guessed = [
            answer("q", true, false, "2026-05-01T09:00:00Z"),
            answer("q", true, true, "2026-05-04T09:00:00Z"),
        ];
        let sure = Memory::replay(&sure);
        let guessed = Memory::replay(&guessed);
        // Hard grows stability less than Good (FSRS's hard penalty w15), so
        // a guessed question comes back sooner and is predicted weaker.
        let stability = |m: &Memory| m.card("q").unwrap().stability;
        assert!(stability(&guessed) < stability(&sure));
        assert!(guessed.due("q") < sure.due("q"));
        let later = at("2026-05-20T09:00:00Z");
        assert!(guessed.recall("q", later) < sure.recall("q", later));
        // A wrong answer is Again, marked or not.
        let wrong = |guess| Memory::replay(&[answer("q", false, guess, "2026-05-01T09:00:00Z")]);
        assert_eq!(wrong(true).card("q"), wrong(false).card("q"));
    }

    #[test]
    fn answers_are_replayed_in_time_order_and_only_up_to_each_moment() {
        let log = vec![
            answer("b", false, false, "2026-05-03T09:00:00Z"),
            answer("a", true, false, "2026-05-01T09:00:00Z"),
            answer("a", true, false, "2026-05-02T09:00:00Z"),
        ];
        let mut sorted = log.clone();
        sorted.sort_by_key(|a| a.at);
        assert_eq!(
            Memory::replay(&log).card("a"),
            Memory::replay(&sorted).card("a")
        );
        let moments = [
            at("2026-05-02T12:00:00Z"),
            at("2026-04-01T00:00:00Z"),
            at("2026-06-01T00:00:00Z"),
        ];
        let m = Memory::replay_until(&log, &moments);
        assert_eq!((m[0].answers(), m[0].seen()), (2, 1));
        assert_eq!((m[1].answers(), m[1].seen()), (0, 0));
        assert_eq!((m[2].answers(), m[2].seen()), (3, 2));
        assert_eq!(m[0].card("a"), Memory::replay(&sorted[..2]).card("a"));
        assert_eq!(
            m[2].first_attempts(1),
            Tally {
                answered: 2,
                correct: 1
            }
        );
    }

    #[test]
    fn recall_fades_with_time_and_never_seen_has_none() {
        let m = Memory::replay(&[
            answer("q", true, false, "2026-05-01T09:00:00Z"),
            answer("q", true, false, "2026-05-01T10:00:00Z"),
        ]);
        let r = |days| {
            m.recall("q", at("2026-05-01T10:00:00Z") + TimeDelta::days(days))
                .unwrap()
        };
        assert_eq!(r(0), 1.0);
        assert!(r(1) > r(4) && r(4) > r(30));
        // About 90 % after the stability (3.13 days): FSRS's definition.
        assert!((r(3) - 0.9).abs() < 0.02, "{}", r(3));
        // At whole days it is the crate's own retrievability.
        let later = at("2026-05-04T10:00:00Z");
        assert!(
            (m.recall("q", later).unwrap() - m.card("q").unwrap().get_retrievability(later)).abs()
                < 1e-12
        );
        // Between whole days it keeps fading.
        assert!(r(0) > m.recall("q", at("2026-05-01T22:00:00Z")).unwrap());
        assert_eq!(m.recall("never", at("2026-05-02T00:00:00Z")), None);
    }

    #[test]
    fn due_counts_per_period() {
        let m = Memory::replay(&[
            answer("a", false, false, "2026-05-01T09:00:00Z"),
            answer("b", true, false, "2026-05-01T09:00:00Z"),
            answer("b", true, false, "2026-05-01T10:00:00Z"),
        ]);
        // Wrong: due a day later; right twice: four days later.
        let ends = [at("2026-05-02T23:59:59Z"), at("2026-05-05T23:59:59Z")];
        assert_eq!(count_due(&m, ["a", "b", "never"], &ends), vec![1, 1]);
    }
}
