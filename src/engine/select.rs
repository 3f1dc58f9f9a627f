//! Choosing which questions a session asks.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use rand::Rng;
use rand::seq::SliceRandom;

use super::memory::Memory;
use crate::bank::Question;

/// What the store knows of one question for this learner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LastResult {
    /// Whether the most recent answer was correct.
    pub correct: bool,
}

/// Pick up to `n` questions for a drill: never-seen first (in random
/// order), then the ones with the lowest predicted recall (`recall` holds it
/// for every question answered before; equal recalls in random order).
pub fn drill<'a, R: Rng + ?Sized>(
    pool: &[&'a Question],
    recall: &HashMap<String, f64>,
    n: usize,
    rng: &mut R,
) -> Vec<&'a Question> {
    let (mut unseen, mut seen): (Vec<&Question>, Vec<&Question>) =
        pool.iter().partition(|q| !recall.contains_key(&q.id));
    unseen.shuffle(rng);
    seen.shuffle(rng);
    // Stable: the shuffle orders questions of equal recall.
    seen.sort_by(|a, b| recall[&a.id].total_cmp(&recall[&b.id]));
    unseen.into_iter().chain(seen).take(n).collect()
}

/// The questions of `pool` due for review at `now`, most overdue first
/// (ties by id), at most `n`.
pub fn review<'a>(
    pool: &[&'a Question],
    memory: &Memory,
    now: DateTime<Utc>,
    n: usize,
) -> Vec<&'a Question> {
    let mut due: Vec<(DateTime<Utc>, &'a Question)> = pool
        .iter()
        .filter_map(|&q| memory.due(&q.id).filter(|&d| d <= now).map(|d| (d, q)))
        .collect();
    due.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
    due.into_iter().take(n).map(|(_, q)| q).collect()
}

/// When the next question of `pool` falls due after `now`, if any will.
pub fn next_due(pool: &[&Question], memory: &Memory, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    pool.iter()
        .filter_map(|q| memory.due(&q.id))
        .filter(|&d| d > now)
        .min()
}

/// Questions picked for an exam, and the domains the bank could not fill.
#[derive(Debug, Clone, PartialEq)]
pub struct ExamPick<'a> {
    pub questions: Vec<&'a Question>,
    /// (domain, wanted, found) for each domain that fell short.
    pub shortfalls: Vec<(u8, usize, usize)>,
}

/// Pick an exam with `counts[d]` questions from domain `d + 1`, preferring
/// questions not yet seen in an exam. When a domain falls short and
/// `fill_from_others` is set, the gap is filled from the other domains. The
/// result is shuffled so that topics and domains are mixed.
pub fn exam<'a, R: Rng + ?Sized>(
    pool: &[&'a Question],
    counts: [usize; 4],
    seen_in_exam: &HashSet<String>,
    fill_from_others: bool,
    rng: &mut R,
) -> ExamPick<'a> {
    let mut picked: Vec<&'a Question> = Vec::new();
    let mut leftovers: Vec<&'a Question> = Vec::new();
    let mut shortfalls = Vec::new();
    for (d, &want) in counts.iter().enumerate() {
        let domain = d as u8 + 1;
        let (mut unseen, mut seen): (Vec<&Question>, Vec<&Question>) = pool
            .iter()
            .copied()
            .filter(|q| q.domain == domain)
            .partition(|q| !seen_in_exam.contains(&q.id));
        unseen.shuffle(rng);
        seen.shuffle(rng);
        let mut ordered = unseen;
        ordered.extend(seen);
        let take = want.min(ordered.len());
        if take < want {
            shortfalls.push((domain, want, take));
        }
        leftovers.extend(ordered.drain(take..));
        picked.extend(ordered);
    }
    if fill_from_others {
        let missing: usize = shortfalls.iter().map(|(_, w, f)| w - f).sum();
        leftovers.shuffle(rng);
        // Unseen first; a stable sort keeps the shuffle within each group.
        leftovers.sort_by_key(|q| seen_in_exam.contains(&q.id));
        picked.extend(leftovers.into_iter().take(missing));
    }
    picked.shuffle(rng);
    ExamPick {
        questions: picked,
        shortfalls,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    fn q(id: &str) -> Question {
        Question::placeholder(id, "dynamodb", 1)
    }

    #[test]
    fn unseen_then_lowest_recall() {
        let qs: Vec<Question> = ["a", "b", "c", "d", "e"].iter().map(|i| q(i)).collect();
        let pool: Vec<&Question> = qs.iter().collect();
        let mut h = HashMap::new();
        h.insert("a".to_string(), 0.9);
        h.insert("b".to_string(), 0.4);
        h.insert("c".to_string(), 0.7);
        for seed in 0..20 {
            let mut rng = StdRng::seed_from_u64(seed);
            let ids: Vec<&str> = drill(&pool, &h, 4, &mut rng)
                .iter()
                .map(|q| q.id.as_str())
                .collect();
            assert_eq!(ids.len(), 4);
            assert!(ids[..2].contains(&"d") && ids[..2].contains(&"e"));
            assert_eq!(ids[2..], ["b", "c"]);
        }
    }

    #[test]
    fn review_takes_what_is_due_most_overdue_first() {
        use super::super::memory::Answer;
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().to_utc();
        let qs: Vec<Question> = ["a", "b", "c", "d"].iter().map(|i| q(i)).collect();
        let pool: Vec<&Question> = qs.iter().collect();
        let answer = |id: &str, correct, when| Answer {
            question_id: id.into(),
            domain: 1,
            correct,
            guess: false,
            at: at(when),
        };
        // a: wrong, due a day later (05-02 09:30); b: right, due in 3 days
        // (05-04 09:00); c: right twice, due in 4 days; d: never answered.
        let memory = Memory::replay(&[
            answer("b", true, "2026-05-01T09:00:00Z"),
            answer("a", false, "2026-05-01T09:30:00Z"),
            answer("c", true, "2026-05-01T09:00:00Z"),
            answer("c", true, "2026-05-01T10:00:00Z"),
        ]);
        let now = at("2026-05-04T12:00:00Z");
        let ids = |v: Vec<&Question>| v.iter().map(|q| q.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(review(&pool, &memory, now, 10)), ["a", "b"]);
        assert_eq!(ids(review(&pool, &memory, now, 1)), ["a"]);
        assert_eq!(
            next_due(&pool, &memory, now),
            Some(at("2026-05-05T10:00:00Z"))
        );
        assert!(review(&pool, &memory, at("2026-05-02T08:00:00Z"), 10).is_empty());
    }

    fn in_domain(id: &str, domain: u8) -> Question {
        let mut question = q(id);
        question.domain = domain;
        question
    }

    #[test]
    fn exams_follow_the_counts_and_prefer_unseen() {
        let qs: Vec<Question> = (0..40)
            .map(|i| in_domain(&format!("q{i}"), (i % 4) as u8 + 1))
            .collect();
        let pool: Vec<&Question> = qs.iter().collect();
        let seen: HashSet<String> = ["q0", "q4", "q8"].iter().map(|s| s.to_string()).collect();
        let pick = exam(
            &pool,
            [7, 3, 2, 1],
            &seen,
            true,
            &mut StdRng::seed_from_u64(5),
        );
        assert!(pick.shortfalls.is_empty());
        let per = |d: u8| pick.questions.iter().filter(|q| q.domain == d).count();
        assert_eq!([per(1), per(2), per(3), per(4)], [7, 3, 2, 1]);
        // Domain 1 has 7 unseen questions, so none of the seen ones is used.
        assert!(pick.questions.iter().all(|q| !seen.contains(&q.id)));
    }

    #[test]
    fn a_short_domain_is_reported_and_filled_from_the_others() {
        let qs: Vec<Question> = (0..10)
            .map(|i| in_domain(&format!("q{i}"), if i < 2 { 4 } else { 1 }))
            .collect();
        let pool: Vec<&Question> = qs.iter().collect();
        let pick = exam(
            &pool,
            [3, 0, 0, 4],
            &HashSet::new(),
            true,
            &mut StdRng::seed_from_u64(1),
        );
        assert_eq!(pick.shortfalls, vec![(4, 4, 2)]);
        assert_eq!(pick.questions.len(), 7);
        let pick = exam(
            &pool,
            [3, 0, 0, 4],
            &HashSet::new(),
            false,
            &mut StdRng::seed_from_u64(1),
        );
        assert_eq!(pick.questions.len(), 5);
    }

    #[test]
    fn the_same_seed_picks_the_same() {
        let qs: Vec<Question> = (0..20).map(|i| q(&format!("q{i}"))).collect();
        let pool: Vec<&Question> = qs.iter().collect();
        let h: HashMap<String, f64> = HashMap::new();
        let a = drill(&pool, &h, 5, &mut StdRng::seed_from_u64(1));
        let b = drill(&pool, &h, 5, &mut StdRng::seed_from_u64(1));
        assert_eq!(a, b);
        assert_eq!(
            drill(&pool, &h, 50, &mut StdRng::seed_from_u64(1)).len(),
            20
        );
    }
}
