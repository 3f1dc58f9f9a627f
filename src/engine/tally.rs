//! Tallies of drill answers by topic and by domain.

use std::collections::BTreeMap;

/// Answered and correct counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub answered: u32,
    pub correct: u32,
}

impl Tally {
    pub fn add(&mut self, correct: bool) {
        self.answered += 1;
        self.correct += u32::from(correct);
    }

    /// Percent correct, 0 to 100; 0 when nothing was answered.
    pub fn percent(&self) -> f64 {
        if self.answered == 0 {
            0.0
        } else {
            100.0 * f64::from(self.correct) / f64::from(self.answered)
        }
    }
}

/// A session's results: overall, per topic slug and per domain number.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scorecard {
    pub total: Tally,
    pub by_topic: BTreeMap<String, Tally>,
    pub by_domain: BTreeMap<u8, Tally>,
}

impl Scorecard {
    pub fn add(&mut self, topic: &str, domain: u8, correct: bool) {
        self.total.add(correct);
        self.by_topic
            .entry(topic.to_string())
            .or_default()
            .add(correct);
        self.by_domain.entry(domain).or_default().add(correct);
    }

    /// Topics answered, weakest first (lowest percent, then most answered).
    pub fn weakest_topics(&self) -> Vec<(&str, Tally)> {
        let mut v: Vec<(&str, Tally)> = self
            .by_topic
            .iter()
            .map(|(t, s)| (t.as_str(), *s))
            .collect();
        v.sort_by(|a, b| {
            a.1.percent()
                .total_cmp(&b.1.percent())
                .then(b.1.answered.cmp(&a.1.answered))
        });
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tallies_add_up() {
        let mut s = Scorecard::default();
        s.add("lambda", 1, true);
        s.add("lambda", 1, false);
        s.add("kms", 2, true);
        assert_eq!(
            s.total,
            Tally {
                answered: 3,
                correct: 2
            }
        );
        assert_eq!(s.by_topic["lambda"].percent(), 50.0);
        assert_eq!(s.by_domain[&2].correct, 1);
        assert_eq!(s.weakest_topics()[0].0, "lambda");
    }
}
