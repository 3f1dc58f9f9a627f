//! The order in which an item's choices are shown. Choices are shuffled per
//! item; the key and the learner's answer are mapped back to the bank's order
//! so that stored answers never depend on a shuffle.

use rand::Rng;
use rand::seq::SliceRandom;

/// `order[shown] = bank index` for each displayed position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presentation {
    pub order: Vec<u8>,
}

impl Presentation {
    /// The bank's own order.
    pub fn identity(n: usize) -> Self {
        Presentation {
            order: (0..n as u8).collect(),
        }
    }

    /// A random order of `n` choices.
    pub fn shuffled<R: Rng + ?Sized>(n: usize, rng: &mut R) -> Self {
        let mut p = Self::identity(n);
        p.order.shuffle(rng);
        p
    }

    /// Bank indices for displayed indices, ascending.
    pub fn to_bank(&self, shown: &[u8]) -> Vec<u8> {
        let mut v: Vec<u8> = shown.iter().map(|&s| self.order[s as usize]).collect();
        v.sort_unstable();
        v
    }

    /// Displayed indices for bank indices, ascending.
    pub fn to_shown(&self, bank: &[u8]) -> Vec<u8> {
        let mut v: Vec<u8> = bank
            .iter()
            .filter_map(|&b| self.order.iter().position(|&o| o == b).map(|p| p as u8))
            .collect();
        v.sort_unstable();
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    proptest! {
        #[test]
        fn mapping_round_trips(seed: u64, n in 4usize..=6, picks in proptest::sample::subsequence(vec![0u8,1,2,3], 1..=3)) {
            let mut rng = StdRng::seed_from_u64(seed);
            let p = Presentation::shuffled(n, &mut rng);
            let mut sorted = p.order.clone();
            sorted.sort_unstable();
            prop_assert_eq!(sorted, (0..n as u8).collect::<Vec<_>>());
            prop_assert_eq!(p.to_shown(&p.to_bank(&picks)), picks.clone());
            prop_assert_eq!(p.to_bank(&p.to_shown(&picks)), picks);
        }
    }

    #[test]
    fn the_key_follows_the_shuffle() {
        let p = Presentation {
            order: vec![2, 0, 3, 1],
        };
        // Bank choice C (2) is shown first, as A.
        assert_eq!(p.to_shown(&[2]), vec![0]);
        assert_eq!(p.to_bank(&[0]), vec![2]);
    }
}
