//! Choosing which questions a session asks.

use std::collections::HashMap;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::{Difficulty, Text};
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    fn q(id: &str) -> Question {
        Question {
            id: id.into(),
            topic: "dynamodb".into(),
            domain: 1,
            task: "1.3".into(),
            notes: vec![],
            difficulty: Difficulty::Easy,
            key: vec![0],
            text: Text {
                stem: "s".into(),
                choices: vec!["a".into(), "b".into(), "c".into(), "d".into()],
                explanation: "e".into(),
                rationale: vec!["r".into(); 4],
            },
            ko: None,
            references: vec![],
            verified: None,
            source: "t".into(),
        }
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
