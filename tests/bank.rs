//! The built-in bank is held to the standard in the project's
//! question-writing guide: coverage, exam weights, kinds and giveaways.
//! Each test fails when the bank breaks its rule.

use std::collections::BTreeMap;

use dva::bank::stats::{
    BankStats, is_scenario, key_is_longest, key_length_rank, similarity, stem_words,
};
use dva::bank::{Bank, Question};
use dva::blueprint::{DOMAINS, TOPICS};

fn bank() -> Bank {
    Bank::builtin()
}

fn stats() -> BankStats {
    BankStats::of(bank().questions())
}

#[test]
fn at_least_300_complete_questions() {
    let bank = bank();
    assert!(bank.questions().len() >= 300, "{}", bank.questions().len());
    for q in bank.questions() {
        assert!(q.verified.is_some(), "{} has no verified date", q.id);
        assert!(!q.text().explanation.is_empty(), "{}", q.id);
        assert_eq!(q.text().rationale.len(), q.text().choices.len(), "{}", q.id);
        // Only Amplify, which the notes leave empty, may cite no section.
        assert!(
            !q.notes.is_empty() || q.topic == "amplify",
            "{} cites no notes section",
            q.id
        );
    }
}

#[test]
fn ids_follow_the_topic_and_are_stable_in_form() {
    for q in bank().questions() {
        let (prefix, number) = q.id.rsplit_once('-').unwrap();
        assert_eq!(prefix, q.topic, "{}", q.id);
        assert!(
            number.len() == 3 && number.chars().all(|c| c.is_ascii_digit()),
            "{}",
            q.id
        );
    }
}

#[test]
fn verified_dates_are_not_in_the_future() {
    let today = humantime::format_rfc3339(std::time::SystemTime::now()).to_string();
    for q in bank().questions() {
        let v = q.verified.as_deref().unwrap();
        assert!(v <= &today[..10], "{} verified {v}", q.id);
    }
}

#[test]
fn every_notes_section_with_content_is_cited_twice() {
    let s = stats();
    // 6.5 (CodeStar, discontinued) is optional; 18 (Amplify) is empty.
    let optional = ["6.5", "18"];
    for c in &s.sections {
        if optional.contains(&c.section.as_str()) {
            continue;
        }
        assert!(
            c.questions >= 2,
            "section {} ({}) is cited by {} question(s)",
            c.section,
            c.topic,
            c.questions
        );
    }
}

#[test]
fn every_topic_has_enough_questions() {
    let s = stats();
    let small = [
        "codeartifact",
        "codeguru",
        "cdk",
        "appsync",
        "directory-service",
        "acm",
        "amplify",
    ];
    let big = ["lambda", "dynamodb", "api-gateway"];
    for t in TOPICS {
        if t.slug == "codestar" {
            continue;
        }
        let n = s.by_topic.get(t.slug).copied().unwrap_or(0);
        let min = if big.contains(&t.slug) {
            30
        } else if small.contains(&t.slug) {
            3
        } else {
            8
        };
        assert!(n >= min, "{} has {n} questions, needs {min}", t.slug);
    }
}

#[test]
fn domains_follow_the_exam_weights() {
    let s = stats();
    // Three disjoint 65-question exams' worth per domain.
    let minimum = [63, 51, 48, 33];
    for (d, share) in DOMAINS.iter().zip(&s.domains) {
        assert_eq!(d.number, share.domain);
        assert!(
            (share.percent - f64::from(d.weight_percent)).abs() <= 4.0,
            "domain {} is {:.1}% of the bank, the exam weight is {}%",
            d.number,
            share.percent,
            d.weight_percent
        );
        assert!(
            share.questions >= minimum[d.number as usize - 1],
            "domain {}: {}",
            d.number,
            share.questions
        );
    }
}

#[test]
fn kinds_are_mixed_like_the_exam() {
    let s = stats();
    assert!(
        s.share(s.multiple_response) >= 25.0,
        "multiple response {:.1}%",
        s.share(s.multiple_response)
    );
    assert!(
        s.share(s.scenario) >= 50.0,
        "scenarios {:.1}%",
        s.share(s.scenario)
    );
    let hard = s.by_difficulty["hard"];
    assert!(s.share(hard) >= 20.0, "hard {:.1}%", s.share(hard));
}

#[test]
fn multiple_response_items_look_like_the_exam() {
    for q in bank()
        .questions()
        .iter()
        .filter(|q| q.is_multiple_response())
    {
        assert!(
            q.text().choices.len() >= 5,
            "{}: {} options",
            q.id,
            q.text().choices.len()
        );
        assert!((2..=3).contains(&q.key.len()), "{}", q.id);
    }
    for q in bank()
        .questions()
        .iter()
        .filter(|q| !q.is_multiple_response())
    {
        assert_eq!(
            q.text().choices.len(),
            4,
            "{}: single answer with {} options",
            q.id,
            q.text().choices.len()
        );
    }
}

#[test]
fn the_key_letter_is_spread_over_a_to_d() {
    let s = stats();
    for letter in ['A', 'B', 'C', 'D'] {
        let n = s.single_key_letters.get(&letter).copied().unwrap_or(0);
        let share = 100.0 * n as f64 / s.single as f64;
        assert!(
            (20.0..=30.0).contains(&share),
            "key {letter} in {share:.1}% of single-answer items"
        );
    }
}

/// Shares of single-answer items at each length rank of the key, in
/// percent, and the items at rank 1 (the longest).
fn length_rank_shares(choices: impl Fn(&Question) -> Vec<String>) -> (Vec<f64>, usize) {
    let bank = bank();
    let single: Vec<&Question> = bank
        .questions()
        .iter()
        .filter(|q| !q.is_multiple_response())
        .collect();
    let mut counts = [0usize; 4];
    for q in &single {
        let choices = choices(q);
        assert_eq!(
            choices.len(),
            4,
            "{}: a single-answer item has 4 options",
            q.id
        );
        counts[key_length_rank(&choices, q.key[0] as usize) - 1] += 1;
    }
    let shares = counts
        .iter()
        .map(|&n| 100.0 * n as f64 / single.len() as f64)
        .collect();
    (shares, single.len())
}

/// The key is the longest, the second, the third or the shortest option about
/// equally often (chance is 25 %), so no length rank gives it away, and it is
/// not the strictly longest option more often than chance (question-writing
/// standard).
#[test]
fn the_key_is_not_given_away_by_length() {
    let (shares, n) = length_rank_shares(|q| q.text().choices.clone());
    for (rank, share) in shares.iter().enumerate() {
        assert!(
            (15.0..=35.0).contains(share),
            "the key is at length rank {} in {share:.1}% of {n} single-answer items",
            rank + 1
        );
    }
    let bank = bank();
    let longest: Vec<&str> = bank
        .questions()
        .iter()
        .filter(|q| key_is_longest(q))
        .map(|q| q.id.as_str())
        .collect();
    let share = 100.0 * longest.len() as f64 / bank.questions().len() as f64;
    assert!(
        share <= 25.0,
        "key is the longest option in {share:.1}%: {longest:?}"
    );
}

#[test]
fn no_all_or_none_of_the_above() {
    for q in bank().questions() {
        for c in &q.text().choices {
            let lower = c.to_lowercase();
            assert!(
                !lower.contains("all of the above") && !lower.contains("none of the above"),
                "{}: {c}",
                q.id
            );
        }
    }
}

#[test]
fn no_duplicate_or_near_duplicate_stems() {
    let bank = bank();
    let words: Vec<(&Question, _)> = bank
        .questions()
        .iter()
        .map(|q| (q, stem_words(&q.text().stem)))
        .collect();
    for (i, (a, wa)) in words.iter().enumerate() {
        for (b, wb) in &words[i + 1..] {
            let s = similarity(wa, wb);
            assert!(
                s < 0.6,
                "{} and {} have near-duplicate stems ({s:.2})",
                a.id,
                b.id
            );
        }
    }
}

#[test]
fn rationales_agree_with_the_key() {
    // Each rationale says Right or Wrong, and that must match the key.
    for q in bank().questions() {
        for (i, r) in q.text().rationale.iter().enumerate() {
            let keyed = q.key.contains(&(i as u8));
            if r.starts_with("Right") {
                assert!(keyed, "{}: option {} says Right but is not keyed", q.id, i);
            } else if r.starts_with("Wrong") {
                assert!(!keyed, "{}: option {} says Wrong but is keyed", q.id, i);
            } else {
                panic!(
                    "{}: rationale {} starts with neither Right nor Wrong",
                    q.id, i
                );
            }
        }
    }
}

#[test]
fn domain_counts_per_topic_are_reported() {
    // The stats table and a direct count agree.
    let bank = bank();
    let mut direct: BTreeMap<String, usize> = BTreeMap::new();
    for q in bank.questions() {
        *direct.entry(q.topic.clone()).or_default() += 1;
    }
    assert_eq!(stats().by_topic, direct);
    let scenarios = bank
        .questions()
        .iter()
        .filter(|q| is_scenario(&q.text().stem))
        .count();
    assert_eq!(stats().scenario, scenarios);
}

#[test]
fn every_question_has_a_korean_version_of_the_same_shape() {
    for q in bank().questions() {
        let ko = q
            .ko()
            .unwrap_or_else(|| panic!("{} has no Korean version", q.id));
        assert_eq!(ko.choices.len(), q.text().choices.len(), "{}", q.id);
        assert_eq!(ko.rationale.len(), q.text().rationale.len(), "{}", q.id);
        assert!(
            !ko.stem.is_empty() && !ko.explanation.is_empty(),
            "{}",
            q.id
        );
        for (i, r) in ko.rationale.iter().enumerate() {
            let keyed = q.key.contains(&(i as u8));
            let want = if keyed { "정답" } else { "오답" };
            assert!(
                r.starts_with(want),
                "{}: Korean rationale {i} should start with {want}",
                q.id
            );
        }
        // Service names stay in English: a Korean text names the same AWS
        // services as the English one.
        for name in [
            "Lambda",
            "DynamoDB",
            "API Gateway",
            "CloudFormation",
            "Cognito",
            "KMS",
        ] {
            if q.text().stem.contains(name) {
                assert!(
                    ko.stem.contains(name),
                    "{}: the Korean stem drops {name}",
                    q.id
                );
            }
        }
    }
}

#[test]
fn the_korean_key_is_not_given_away_by_length() {
    let (shares, n) = length_rank_shares(|q| q.ko().unwrap().choices.clone());
    for (rank, share) in shares.iter().enumerate() {
        assert!(
            (15.0..=35.0).contains(share),
            "the Korean key is at length rank {} in {share:.1}% of {n} single-answer items",
            rank + 1
        );
    }
}
