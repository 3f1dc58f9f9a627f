//! What a bank holds, at a glance: counts by topic, domain, kind and
//! difficulty, each domain's share beside its exam weight, notes coverage,
//! and the giveaway measures the bank's own tests hold it to.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use super::model::{Difficulty, Question};
use crate::blueprint::{self, DOMAINS, TOPICS};

/// A stem that sets a scene before asking: at least 150 characters and a
/// sentence that ends before the question itself.
pub fn is_scenario(stem: &str) -> bool {
    let stem = stem.trim();
    let body = stem.rsplit_once('?').map_or(stem, |(body, _)| body);
    stem.chars().count() >= 150 && (body.contains(". ") || body.contains(".\n"))
}

/// Is the keyed option (any of them) strictly longer than every other option?
pub fn key_is_longest(q: &Question) -> bool {
    let len = |i: usize| q.text().choices[i].chars().count();
    q.key.iter().any(|&k| {
        let k = k as usize;
        (0..q.text().choices.len()).all(|i| i == k || len(i) < len(k))
    })
}

/// Where the key stands when the options are ordered by length: 1 plus the
/// number of other options strictly longer than it (1 = longest; a tie counts
/// in the key's favour), in characters. For a single-answer item every rank
/// should be about equally common, or length gives the key away.
pub fn key_length_rank(choices: &[String], key: usize) -> usize {
    let len = |i: usize| choices[i].chars().count();
    1 + (0..choices.len())
        .filter(|&i| i != key && len(i) > len(key))
        .count()
}

/// How many single-answer items have their key at each length rank
/// (index 0 is rank 1, the longest), in English and, for items that have
/// one, in Korean.
fn length_ranks(questions: &[Question]) -> (Vec<usize>, Vec<usize>) {
    let mut en = Vec::new();
    let mut ko = Vec::new();
    let count = |ranks: &mut Vec<usize>, choices: &[String], key: usize| {
        let r = key_length_rank(choices, key);
        if ranks.len() < r {
            ranks.resize(r, 0);
        }
        ranks[r - 1] += 1;
    };
    for q in questions.iter().filter(|q| !q.is_multiple_response()) {
        let key = q.key[0] as usize;
        count(&mut en, &q.text().choices, key);
        if let Some(k) = q.ko() {
            count(&mut ko, &k.choices, key);
        }
    }
    (en, ko)
}

/// The words of a stem, lower-cased, for near-duplicate checks.
pub fn stem_words(stem: &str) -> HashSet<String> {
    stem.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Jaccard similarity of two word sets, 0.0 to 1.0.
pub fn similarity(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DomainShare {
    pub domain: u8,
    pub name: &'static str,
    pub questions: usize,
    /// Share of the bank, in percent.
    pub percent: f64,
    /// The exam guide's weight, in percent.
    pub weight: u8,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SectionCoverage {
    pub section: String,
    pub topic: &'static str,
    /// Questions that cite the section.
    pub questions: usize,
}

/// The whole picture of a bank.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BankStats {
    pub questions: usize,
    pub by_topic: BTreeMap<String, usize>,
    pub domains: Vec<DomainShare>,
    pub single: usize,
    pub multiple_response: usize,
    pub by_difficulty: BTreeMap<&'static str, usize>,
    pub scenario: usize,
    /// Single-answer keys by letter, in file order.
    pub single_key_letters: BTreeMap<char, usize>,
    /// Items whose key is strictly the longest option.
    pub key_longest: usize,
    /// Single-answer items by the key's length rank (`key_length_rank`):
    /// index 0 counts rank 1, the longest option.
    pub key_length_ranks: Vec<usize>,
    /// The same over the Korean options.
    pub ko_key_length_ranks: Vec<usize>,
    pub sections: Vec<SectionCoverage>,
    /// The oldest `verified` date, and how many items have none.
    pub oldest_verified: Option<String>,
    pub unverified: usize,
}

impl BankStats {
    pub fn of(questions: &[Question]) -> BankStats {
        let n = questions.len();
        let mut by_topic = BTreeMap::new();
        let mut by_difficulty: BTreeMap<&'static str, usize> =
            Difficulty::ALL.iter().map(|d| (d.as_str(), 0)).collect();
        let mut single_key_letters: BTreeMap<char, usize> = BTreeMap::new();
        let mut cited: BTreeMap<&str, usize> = BTreeMap::new();
        for q in questions {
            *by_topic.entry(q.topic.clone()).or_default() += 1;
            *by_difficulty.entry(q.difficulty.as_str()).or_default() += 1;
            if !q.is_multiple_response() {
                *single_key_letters
                    .entry(super::model::letter(q.key[0]))
                    .or_default() += 1;
            }
            for s in &q.notes {
                *cited.entry(s.as_str()).or_default() += 1;
            }
        }
        let domains = DOMAINS
            .iter()
            .map(|d| {
                let count = questions.iter().filter(|q| q.domain == d.number).count();
                DomainShare {
                    domain: d.number,
                    name: d.name,
                    questions: count,
                    percent: percent(count, n),
                    weight: d.weight_percent,
                }
            })
            .collect();
        let sections = TOPICS
            .iter()
            .flat_map(|t| {
                t.notes.iter().map(|s| SectionCoverage {
                    section: s.to_string(),
                    topic: t.slug,
                    questions: cited.get(s).copied().unwrap_or(0),
                })
            })
            .collect();
        let (key_length_ranks, ko_key_length_ranks) = length_ranks(questions);
        let multiple_response = questions
            .iter()
            .filter(|q| q.is_multiple_response())
            .count();
        BankStats {
            questions: n,
            by_topic,
            domains,
            single: n - multiple_response,
            multiple_response,
            by_difficulty,
            scenario: questions
                .iter()
                .filter(|q| is_scenario(&q.text().stem))
                .count(),
            single_key_letters,
            key_longest: questions.iter().filter(|q| key_is_longest(q)).count(),
            key_length_ranks,
            ko_key_length_ranks,
            sections,
            oldest_verified: questions.iter().filter_map(|q| q.verified.clone()).min(),
            unverified: questions.iter().filter(|q| q.verified.is_none()).count(),
        }
    }

    /// Share of the bank, in percent, of a count.
    pub fn share(&self, count: usize) -> f64 {
        percent(count, self.questions)
    }
}

fn percent(count: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        100.0 * count as f64 / total as f64
    }
}

/// The topic title for a slug, or the slug itself.
pub fn title(slug: &str) -> &str {
    blueprint::topic_by_slug(slug).map_or(slug, |t| t.title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scenarios_set_a_scene_before_asking() {
        assert!(is_scenario(
            "A team runs a web application on Lambda behind API Gateway. Each request takes about six seconds to finish. Which setting should the developer change first?"
        ));
        assert!(!is_scenario(
            "What is the maximum timeout of a Lambda function?"
        ));
    }

    #[test]
    fn the_length_rank_counts_strictly_longer_options() {
        let choices: Vec<String> = ["bb", "a", "cccc", "dd"].map(String::from).to_vec();
        assert_eq!(key_length_rank(&choices, 2), 1);
        // A tie with the longest other counts in the key's favour.
        assert_eq!(key_length_rank(&choices, 0), 2);
        assert_eq!(key_length_rank(&choices, 3), 2);
        assert_eq!(key_length_rank(&choices, 1), 4);
        // Characters, not bytes: four Korean syllables beat three letters.
        let ko: Vec<String> = ["가나다라", "abc"].map(String::from).to_vec();
        assert_eq!(key_length_rank(&ko, 0), 1);
    }

    #[test]
    fn similarity_is_jaccard_over_words() {
        let a = stem_words("The quick brown fox");
        let b = stem_words("the quick red fox");
        assert!((similarity(&a, &b) - 0.6).abs() < 1e-9);
    }
}
