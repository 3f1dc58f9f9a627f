//! Choosing which questions a session asks.

use std::collections::{HashMap, HashSet};

use rand::Rng;
use rand::seq::SliceRandom;

use crate::bank::Question;

/// What the store knows of one question for this learner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LastResult {
    /// Whether the most recent answer was correct.
    pub correct: bool,
}

/// Pick up to `n` questions for a drill: never-seen first, then those last
/// answered wrong, then the rest; random within each group.
pub fn drill<'a, R: Rng + ?Sized>(
    pool: &[&'a Question],
    history: &HashMap<String, LastResult>,
    n: usize,
    rng: &mut R,
) -> Vec<&'a Question> {
    let mut unseen = Vec::new();
    let mut wrong = Vec::new();
    let mut rest = Vec::new();
    for &q in pool {
        match history.get(&q.id) {
            None => unseen.push(q),
            Some(r) if !r.correct => wrong.push(q),
            Some(_) => rest.push(q),
        }
    }
    let mut picked = Vec::with_capacity(n.min(pool.len()));
    for mut group in [unseen, wrong, rest] {
        group.shuffle(rng);
        picked.extend(group.into_iter().take(n - picked.len()));
        if picked.len() == n {
            break;
        }
    }
    picked
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
    use crate::bank::model::Entry;
    use crate::bank::{Difficulty, Text, Texts};
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    fn q(id: &str) -> Question {
        Question::with_texts(
            Entry {
                id: id.into(),
                topic: "dynamodb".into(),
                domain: 1,
                task: "1.3".into(),
                notes: vec![],
                difficulty: Difficulty::Easy,
                key: vec![0],
                choices: 4,
                verified: None,
                source: "t".into(),
                span: (0, 0),
            },
            Texts {
                en: Text {
                    stem: "s".into(),
                    choices: vec!["a".into(), "b".into(), "c".into(), "d".into()],
                    explanation: "e".into(),
                    rationale: vec!["r".into(); 4],
                },
                ko: None,
                references: vec![],
            },
        )
    }

    #[test]
    fn unseen_then_wrong_then_rest() {
        let qs: Vec<Question> = ["a", "b", "c", "d", "e"].iter().map(|i| q(i)).collect();
        let pool: Vec<&Question> = qs.iter().collect();
        let mut h = HashMap::new();
        h.insert("a".to_string(), LastResult { correct: true });
        h.insert("b".to_string(), LastResult { correct: false });
        h.insert("c".to_string(), LastResult { correct: true });
        let mut rng = StdRng::seed_from_u64(7);
        let ids: Vec<&str> = drill(&pool, &h, 3, &mut rng)
            .iter()
            .map(|q| q.id.as_str())
            .collect();
        assert_eq!(ids.len(), 3);
        assert!(ids[..2].contains(&"d") && ids[..2].contains(&"e"));
        assert_eq!(ids[2], "b");
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
        let h = HashMap::new();
        let a = drill(&pool, &h, 5, &mut StdRng::seed_from_u64(1));
        let b = drill(&pool, &h, 5, &mut StdRng::seed_from_u64(1));
        assert_eq!(a, b);
        assert_eq!(
            drill(&pool, &h, 50, &mut StdRng::seed_from_u64(1)).len(),
            20
        );
    }
}
