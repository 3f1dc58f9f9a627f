//! Readiness: how the learner would score on the real exam today.
//!
//! Each question of the bank gets a predicted recall: FSRS retrievability
//! for a question answered before (see `memory`), and for one never answered
//! the learner's accuracy on first attempts in its domain, or a stated
//! default while a domain has too few first attempts. A Monte Carlo
//! simulation then sits many 65-question exams drawn from the bank at the
//! blueprint's domain weights, each question answered correctly with its
//! predicted recall, and reports the expected percent correct, an 80 %
//! interval, the estimated scaled score and the chance of passing. All of it
//! is an estimate; the report says so, and says when the data are too few.

use std::collections::HashMap;

use chrono::{DateTime, TimeDelta, Utc};
use rand::rngs::StdRng;
use rand::{Rng, RngExt, SeedableRng};
use serde::Serialize;

use super::clock::rfc3339;
use super::memory::{Answer, Memory};
use super::scoring::{self, PASS_MARK};
use crate::bank::Question;
use crate::blueprint::{self, DOMAINS};

/// Questions in a simulated exam, as in the real one (exam guide).
pub const EXAM_QUESTIONS: usize = 65;
/// Simulated exams per forecast.
pub const SIMULATIONS: usize = 10_000;

/// The seed `dva stats` simulates with unless told otherwise, so that the
/// same answers always give the same forecast.
pub const DEFAULT_SEED: u64 = 720;
/// Fewer answers than this and the report says not to trust the forecast.
pub const TRUST_ANSWERS: usize = 100;
/// First attempts a domain needs before its accuracy stands in for the
/// questions never answered.
pub const MIN_FIRST_ATTEMPTS: u32 = 10;
/// Predicted recall of a never-answered question until its domain has
/// `MIN_FIRST_ATTEMPTS` first attempts: a coin flip, neither hopeful nor
/// hopeless (a blind guess is 25 % on four options).
pub const DEFAULT_UNSEEN_RECALL: f64 = 0.5;
/// The forecast is recomputed as of this many days ago, oldest first.
pub const HISTORY_DAYS: [i64; 4] = [30, 20, 10, 0];
/// Percentiles of the interval: 10th to 90th, an 80 % interval.
const LOW_QUANTILE: f64 = 0.10;
const HIGH_QUANTILE: f64 = 0.90;

/// The outcome of many simulated exams.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Forecast {
    /// Questions in each simulated exam (65, or the whole bank if smaller).
    pub questions: usize,
    pub simulations: usize,
    /// Mean percent correct over the simulated exams.
    pub mean_percent: f64,
    /// 10th percentile of percent correct.
    pub low_percent: f64,
    /// 90th percentile of percent correct.
    pub high_percent: f64,
    /// `scoring::scaled_score` of the mean percent (an estimate: AWS does
    /// not publish its scaling).
    pub scaled_score: u32,
    /// Share of simulated exams whose scaled score reaches 720.
    pub pass_probability: f64,
}

/// Predicted recall of every bank question, by domain (index 0 is domain 1).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BankRecall {
    pub domains: [Vec<f64>; 4],
}

/// Simulate `simulations` exams of `questions` questions (at most the whole
/// bank) drawn without replacement at the blueprint's domain counts; a domain
/// the bank cannot fill is made up from the others, as `select::exam` does.
/// Each drawn question is answered correctly with its recall.
pub fn simulate<R: Rng + ?Sized>(
    recall: &BankRecall,
    questions: usize,
    simulations: usize,
    rng: &mut R,
) -> Forecast {
    let total: usize = recall.domains.iter().map(Vec::len).sum();
    let n = questions.min(total);
    let counts = scoring::domain_counts(questions);
    let take: [usize; 4] = std::array::from_fn(|d| counts[d].min(recall.domains[d].len()));
    let missing = n - take.iter().sum::<usize>();
    // Partial Fisher-Yates on scratch copies: each pass leaves a uniformly
    // random sample at the front, whatever order the previous pass left.
    let mut scratch = recall.domains.clone();
    let mut leftovers: Vec<f64> = Vec::new();
    // hits[k]: simulated exams with k correct answers.
    let mut hits = vec![0usize; n + 1];
    for _ in 0..simulations {
        let mut correct = 0;
        for (d, pool) in scratch.iter_mut().enumerate() {
            correct += draw(pool, take[d], rng);
        }
        if missing > 0 {
            leftovers.clear();
            for (d, pool) in scratch.iter().enumerate() {
                leftovers.extend_from_slice(&pool[take[d]..]);
            }
            correct += draw(&mut leftovers, missing, rng);
        }
        hits[correct] += 1;
    }
    summarise(&hits, n, simulations)
}

/// Sample `k` of `pool` without replacement into its front and answer each
/// with its recall; the number answered correctly.
fn draw<R: Rng + ?Sized>(pool: &mut [f64], k: usize, rng: &mut R) -> usize {
    let mut correct = 0;
    for i in 0..k {
        let j = rng.random_range(i..pool.len());
        pool.swap(i, j);
        correct += usize::from(rng.random::<f64>() < pool[i]);
    }
    correct
}

fn summarise(hits: &[usize], n: usize, simulations: usize) -> Forecast {
    let percent = |k: usize| {
        if n == 0 {
            0.0
        } else {
            100.0 * k as f64 / n as f64
        }
    };
    let runs = simulations.max(1) as f64;
    let mean = hits
        .iter()
        .enumerate()
        .map(|(k, &c)| percent(k) * c as f64)
        .sum::<f64>()
        / runs;
    // Nearest rank: the smallest score at least a share q of the runs reach.
    let quantile = |q: f64| {
        let rank = ((q * simulations as f64).ceil() as usize).max(1);
        let mut seen = 0;
        for (k, &c) in hits.iter().enumerate() {
            seen += c;
            if seen >= rank {
                return percent(k);
            }
        }
        percent(n)
    };
    let passes: usize = hits
        .iter()
        .enumerate()
        .filter(|&(k, _)| scoring::scaled_score(percent(k)) >= PASS_MARK)
        .map(|(_, &c)| c)
        .sum();
    Forecast {
        questions: n,
        simulations,
        mean_percent: mean,
        low_percent: quantile(LOW_QUANTILE),
        high_percent: quantile(HIGH_QUANTILE),
        scaled_score: scoring::scaled_score(mean),
        pass_probability: if simulations == 0 {
            0.0
        } else {
            passes as f64 / runs
        },
    }
}

/// What a never-answered question of a domain is assumed to score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct UnseenRecall {
    pub recall: f64,
    /// "first attempts" (the learner's accuracy on first attempts in the
    /// domain) or "default" (`DEFAULT_UNSEEN_RECALL`, too few of them).
    pub basis: &'static str,
    pub first_attempts: u32,
    pub first_correct: u32,
}

impl UnseenRecall {
    fn of(memory: &Memory, domain: u8) -> UnseenRecall {
        let t = memory.first_attempts(domain);
        let (recall, basis) = if t.answered >= MIN_FIRST_ATTEMPTS {
            (
                f64::from(t.correct) / f64::from(t.answered),
                "first attempts",
            )
        } else {
            (DEFAULT_UNSEEN_RECALL, "default")
        };
        UnseenRecall {
            recall,
            basis,
            first_attempts: t.answered,
            first_correct: t.correct,
        }
    }
}

/// Each bank question's predicted recall at `now`: FSRS retrievability if it
/// was answered, else its domain's `UnseenRecall`.
pub fn bank_recall(bank: &[&Question], memory: &Memory, now: DateTime<Utc>) -> BankRecall {
    let unseen: [UnseenRecall; 4] = std::array::from_fn(|d| UnseenRecall::of(memory, d as u8 + 1));
    let mut out = BankRecall::default();
    for q in bank {
        let d = usize::from(q.domain.clamp(1, 4)) - 1;
        let r = memory.recall(&q.id, now).unwrap_or(unseen[d].recall);
        out.domains[d].push(r);
    }
    out
}

/// Predicted recall over one domain of the bank.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DomainReadiness {
    pub domain: u8,
    pub name: &'static str,
    pub weight_percent: u8,
    /// Questions of this domain in a 65-question exam.
    pub exam_questions: usize,
    pub bank_questions: usize,
    /// Questions of the domain answered at least once.
    pub answered: usize,
    /// Mean predicted recall of the answered ones; `None` if none.
    pub recall_answered: Option<f64>,
    pub unseen: UnseenRecall,
    /// Mean predicted recall over every question of the domain, the
    /// never-answered ones at `unseen.recall`: what the forecast draws from.
    pub recall: f64,
}

/// Predicted recall over one topic of the bank.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicReadiness {
    pub topic: String,
    pub bank_questions: usize,
    pub answered: usize,
    /// Mean predicted recall of the answered questions; `None` if none.
    pub recall_answered: Option<f64>,
    /// Mean predicted recall over every question of the topic.
    pub recall: f64,
}

/// The forecast as it stood some days ago.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryPoint {
    pub days_ago: i64,
    pub as_of: String,
    /// Answers given by then.
    pub answers: usize,
    /// `None` before the first answer: there was nothing to forecast from.
    pub forecast: Option<Forecast>,
}

/// The whole readiness report; `serde_json` gives its JSON shape.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Readiness {
    pub as_of: String,
    /// The random seed of the simulations (the same for every history point).
    pub seed: u64,
    pub answers: usize,
    pub questions_answered: usize,
    pub bank_questions: usize,
    /// False under `TRUST_ANSWERS` answers: too few to trust the forecast.
    pub enough_data: bool,
    pub min_answers: usize,
    pub default_unseen_recall: f64,
    pub min_first_attempts: u32,
    pub forecast: Forecast,
    pub domains: Vec<DomainReadiness>,
    /// Weakest first; topics with nothing answered last.
    pub topics: Vec<TopicReadiness>,
    /// The forecast 30, 20 and 10 days ago and now, oldest first.
    pub history: Vec<HistoryPoint>,
    /// Bank questions last answered wrong less than a day ago. FSRS rates
    /// them near 100 % (the key was just shown), so they lift the forecast
    /// until they fade; the report says so.
    pub fresh_misses: usize,
}

/// Bank questions whose last answer at or before `now` was wrong and came
/// less than a day before it.
fn fresh_misses(bank: &[&Question], answers: &[Answer], now: DateTime<Utc>) -> usize {
    let mut last: HashMap<&str, &Answer> = HashMap::new();
    for a in answers.iter().filter(|a| a.at <= now) {
        let e = last.entry(a.question_id.as_str()).or_insert(a);
        // The later answer wins; at the same moment, the later in the log.
        if a.at >= e.at {
            *e = a;
        }
    }
    bank.iter()
        .filter_map(|q| last.get(q.id.as_str()))
        .filter(|a| !a.correct && now - a.at < TimeDelta::days(1))
        .count()
}

fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values
        .into_iter()
        .fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// Readiness at `now` from the answer log, over the questions of `bank`:
/// `simulations` simulated exams per forecast, drawn with `seed`.
pub fn readiness(
    bank: &[&Question],
    answers: &[Answer],
    now: DateTime<Utc>,
    seed: u64,
    simulations: usize,
) -> Readiness {
    let moments: Vec<DateTime<Utc>> = HISTORY_DAYS
        .iter()
        .map(|&d| now - TimeDelta::days(d))
        .collect();
    // One pass over the log for every date; the last one is now.
    let mut moments = moments;
    moments.push(now);
    let mut memories = Memory::replay_until(answers, &moments);
    let memory = memories.pop().unwrap_or_default();
    moments.pop();
    let simulate_at = |memory: &Memory, moment: DateTime<Utc>| {
        let recall = bank_recall(bank, memory, moment);
        simulate(
            &recall,
            EXAM_QUESTIONS,
            simulations,
            &mut StdRng::seed_from_u64(seed),
        )
    };
    let forecast = simulate_at(&memory, now);
    let history: Vec<HistoryPoint> = HISTORY_DAYS
        .iter()
        .zip(&moments)
        .zip(&memories)
        .map(|((&days_ago, &moment), then)| HistoryPoint {
            days_ago,
            as_of: rfc3339(moment.into()),
            answers: then.answers(),
            forecast: if moment == now {
                Some(forecast.clone())
            } else if then.answers() == 0 {
                None
            } else {
                Some(simulate_at(then, moment))
            },
        })
        .collect();

    let counts = scoring::domain_counts(EXAM_QUESTIONS);
    let domains = DOMAINS
        .iter()
        .map(|d| {
            let unseen = UnseenRecall::of(&memory, d.number);
            let qs: Vec<&&Question> = bank.iter().filter(|q| q.domain == d.number).collect();
            let seen: Vec<f64> = qs
                .iter()
                .filter_map(|q| memory.recall(&q.id, now))
                .collect();
            DomainReadiness {
                domain: d.number,
                name: d.name,
                weight_percent: d.weight_percent,
                exam_questions: counts[usize::from(d.number) - 1],
                bank_questions: qs.len(),
                answered: seen.len(),
                recall_answered: mean(seen.iter().copied()),
                unseen,
                recall: mean(
                    qs.iter()
                        .map(|q| memory.recall(&q.id, now).unwrap_or(unseen.recall)),
                )
                .unwrap_or(0.0),
            }
        })
        .collect();

    let mut slugs: Vec<&str> = bank.iter().map(|q| q.topic.as_str()).collect();
    slugs.sort_unstable();
    slugs.dedup();
    let unseen: [f64; 4] = std::array::from_fn(|d| UnseenRecall::of(&memory, d as u8 + 1).recall);
    let mut topics: Vec<TopicReadiness> = slugs
        .into_iter()
        .map(|slug| {
            let qs: Vec<&&Question> = bank.iter().filter(|q| q.topic == slug).collect();
            let seen: Vec<f64> = qs
                .iter()
                .filter_map(|q| memory.recall(&q.id, now))
                .collect();
            TopicReadiness {
                topic: slug.to_string(),
                bank_questions: qs.len(),
                answered: seen.len(),
                recall_answered: mean(seen.iter().copied()),
                recall: mean(qs.iter().map(|q| {
                    memory
                        .recall(&q.id, now)
                        .unwrap_or(unseen[usize::from(q.domain.clamp(1, 4)) - 1])
                }))
                .unwrap_or(0.0),
            }
        })
        .collect();
    // Weakest answered topics first, then the ones never answered, by the
    // blueprint's order within each.
    let order = |slug: &str| {
        blueprint::TOPICS
            .iter()
            .position(|t| t.slug == slug)
            .unwrap_or(usize::MAX)
    };
    topics.sort_by(|a, b| match (a.recall_answered, b.recall_answered) {
        (Some(x), Some(y)) => x.total_cmp(&y).then(order(&a.topic).cmp(&order(&b.topic))),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => order(&a.topic).cmp(&order(&b.topic)),
    });

    Readiness {
        as_of: rfc3339(now.into()),
        seed,
        answers: memory.answers(),
        questions_answered: memory.seen(),
        bank_questions: bank.len(),
        enough_data: memory.answers() >= TRUST_ANSWERS,
        min_answers: TRUST_ANSWERS,
        default_unseen_recall: DEFAULT_UNSEEN_RECALL,
        min_first_attempts: MIN_FIRST_ATTEMPTS,
        forecast,
        domains,
        topics,
        history,
        fresh_misses: fresh_misses(bank, answers, now),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat(p: f64, per_domain: usize) -> BankRecall {
        BankRecall {
            domains: std::array::from_fn(|_| vec![p; per_domain]),
        }
    }

    /// P(X >= k) for X ~ Binomial(n, p).
    fn binomial_tail(n: usize, p: f64, k: usize) -> f64 {
        let mut total = 0.0;
        for x in k..=n {
            let mut c = 1.0;
            for i in 0..x {
                c *= (n - i) as f64 / (i + 1) as f64;
            }
            total += c * p.powi(x as i32) * (1.0 - p).powi((n - x) as i32);
        }
        total
    }

    #[test]
    fn every_question_at_recall_p_scores_100p_percent() {
        for p in [0.3, 0.72, 0.9] {
            let f = simulate(&flat(p, 30), 65, 10_000, &mut StdRng::seed_from_u64(1));
            assert_eq!(f.questions, 65);
            // The mean of 10,000 x 65 Bernoulli draws: standard error < 0.07 points.
            assert!((f.mean_percent - 100.0 * p).abs() < 0.25, "{p}: {f:?}");
            // Passing is 47 or more of 65 (72.3 %; 46 is 70.8 %, scaled 709).
            let tail = binomial_tail(65, p, 47);
            assert!(
                (f.pass_probability - tail).abs() < 0.015,
                "{p}: {f:?} vs {tail}"
            );
            assert!(f.low_percent <= f.mean_percent && f.mean_percent <= f.high_percent);
        }
    }

    #[test]
    fn the_interval_is_the_binomial_10th_to_90th_percentile() {
        // Binomial(65, 0.5): 10th percentile 27 (41.5 %), 90th 38 (58.5 %).
        let f = simulate(&flat(0.5, 30), 65, 20_000, &mut StdRng::seed_from_u64(2));
        assert_eq!(
            (f.low_percent, f.high_percent),
            (100.0 * 27.0 / 65.0, 100.0 * 38.0 / 65.0)
        );
    }

    #[test]
    fn domains_count_at_the_blueprint_weights() {
        // Domain d all at p_d: expected percent = sum of 21/17/16/11 x p_d / 65.
        let p = [1.0, 0.0, 0.5, 0.2];
        let recall = BankRecall {
            domains: std::array::from_fn(|d| vec![p[d]; 25]),
        };
        let expected = 100.0 * (21.0 * p[0] + 17.0 * p[1] + 16.0 * p[2] + 11.0 * p[3]) / 65.0;
        let f = simulate(&recall, 65, 20_000, &mut StdRng::seed_from_u64(3));
        assert!(
            (f.mean_percent - expected).abs() < 0.25,
            "{f:?} vs {expected}"
        );
    }

    #[test]
    fn a_small_bank_fills_short_domains_from_the_others() {
        // Domain 4 has 2 questions, not 11: the 9 missing come from the rest.
        let recall = BankRecall {
            domains: [vec![1.0; 30], vec![1.0; 30], vec![1.0; 30], vec![0.0; 2]],
        };
        let f = simulate(&recall, 65, 2_000, &mut StdRng::seed_from_u64(4));
        assert_eq!(f.questions, 65);
        assert!((f.mean_percent - 100.0 * 63.0 / 65.0).abs() < 1e-9, "{f:?}");
        // Smaller than an exam: every question, every time.
        let tiny = BankRecall {
            domains: [vec![1.0; 3], vec![0.0; 1], vec![], vec![]],
        };
        let f = simulate(&tiny, 65, 100, &mut StdRng::seed_from_u64(4));
        assert_eq!((f.questions, f.mean_percent), (4, 75.0));
        let empty = simulate(
            &BankRecall::default(),
            65,
            100,
            &mut StdRng::seed_from_u64(4),
        );
        assert_eq!(
            (empty.questions, empty.mean_percent, empty.pass_probability),
            (0, 0.0, 0.0)
        );
    }

    #[test]
    fn the_same_seed_gives_the_same_forecast() {
        let recall = BankRecall {
            domains: std::array::from_fn(|d| (0..40).map(|i| (i + d) as f64 / 45.0).collect()),
        };
        let a = simulate(&recall, 65, 1_000, &mut StdRng::seed_from_u64(9));
        let b = simulate(&recall, 65, 1_000, &mut StdRng::seed_from_u64(9));
        assert_eq!(a, b);
    }

    fn question(id: &str, topic: &str, domain: u8) -> Question {
        Question::placeholder(id, topic, domain)
    }

    /// 20 questions per domain; topic "t{d}".
    fn bank() -> Vec<Question> {
        (1..=4u8)
            .flat_map(|d| (0..20).map(move |i| question(&format!("d{d}-{i}"), &format!("t{d}"), d)))
            .collect()
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    /// Every question answered once at `when`, right where `right(i)` says.
    fn history(bank: &[Question], when: &str, right: impl Fn(usize) -> bool) -> Vec<Answer> {
        bank.iter()
            .enumerate()
            .map(|(i, q)| Answer {
                question_id: q.id.clone(),
                domain: q.domain,
                correct: right(i),
                guess: false,
                at: at(when),
            })
            .collect()
    }

    #[test]
    fn with_no_answers_every_question_counts_at_the_default() {
        let qs = bank();
        let bank: Vec<&Question> = qs.iter().collect();
        let r = readiness(&bank, &[], at("2026-06-01T00:00:00Z"), 1, 2_000);
        assert!(!r.enough_data);
        assert_eq!(
            (r.answers, r.questions_answered, r.bank_questions),
            (0, 0, 80)
        );
        assert!((r.forecast.mean_percent - 100.0 * DEFAULT_UNSEEN_RECALL).abs() < 1.5);
        assert!(
            r.domains
                .iter()
                .all(|d| d.unseen.basis == "default" && d.recall_answered.is_none())
        );
        assert_eq!(
            r.domains
                .iter()
                .map(|d| d.exam_questions)
                .collect::<Vec<_>>(),
            [21, 17, 16, 11]
        );
        assert_eq!(
            r.history.iter().map(|h| h.days_ago).collect::<Vec<_>>(),
            HISTORY_DAYS
        );
    }

    #[test]
    fn the_forecast_rises_when_answers_get_better() {
        let qs = bank();
        let bank: Vec<&Question> = qs.iter().collect();
        let now = at("2026-06-04T09:00:00Z");
        let weak = history(&qs, "2026-06-01T09:00:00Z", |i| i % 4 == 0);
        let strong = history(&qs, "2026-06-01T09:00:00Z", |i| i % 4 != 0);
        let weak = readiness(&bank, &weak, now, 5, 1_000);
        let strong = readiness(&bank, &strong, now, 5, 1_000);
        assert!(strong.forecast.mean_percent > weak.forecast.mean_percent + 10.0);
        assert!(strong.forecast.pass_probability >= weak.forecast.pass_probability);
        assert!(strong.forecast.scaled_score > weak.forecast.scaled_score);
        for (s, w) in strong.domains.iter().zip(&weak.domains) {
            assert!(s.recall > w.recall);
        }
        // 80 answers: still too few to trust.
        assert!(!strong.enough_data);
    }

    #[test]
    fn history_replays_only_the_answers_before_each_date() {
        let qs = bank();
        let bank: Vec<&Question> = qs.iter().collect();
        let now = at("2026-06-30T09:00:00Z");
        // 80 answers 25 days ago, 80 more 5 days ago: 160 by now.
        let mut log = history(&qs, "2026-06-05T09:00:00Z", |_| true);
        log.extend(history(&qs, "2026-06-25T09:00:00Z", |_| true));
        let r = readiness(&bank, &log, now, 3, 1_000);
        let answers: Vec<usize> = r.history.iter().map(|h| h.answers).collect();
        assert_eq!(answers, [0, 80, 80, 160]);
        assert_eq!(r.history[0].as_of, "2026-05-31T09:00:00Z");
        assert_eq!(r.history[0].forecast, None);
        assert!(r.history[1].forecast.is_some());
        assert_eq!(
            r.history.last().and_then(|h| h.forecast.as_ref()),
            Some(&r.forecast)
        );
        assert!(r.enough_data);
        // Everything right first time: unseen questions would count at 100 %.
        assert!(
            r.domains
                .iter()
                .all(|d| d.unseen.basis == "first attempts" && d.unseen.recall == 1.0)
        );
    }

    #[test]
    fn unseen_questions_take_the_domains_first_attempt_accuracy() {
        let qs = bank();
        let bank: Vec<&Question> = qs.iter().collect();
        // Domain 1: 10 first attempts, 3 right; domain 2: 9, too few.
        let mut log: Vec<Answer> = Vec::new();
        for (i, q) in qs.iter().filter(|q| q.domain == 1).take(10).enumerate() {
            log.extend(history(
                std::slice::from_ref(q),
                "2026-06-01T09:00:00Z",
                |_| i < 3,
            ));
        }
        for q in qs.iter().filter(|q| q.domain == 2).take(9) {
            log.extend(history(
                std::slice::from_ref(q),
                "2026-06-01T09:00:00Z",
                |_| true,
            ));
        }
        let r = readiness(&bank, &log, at("2026-06-02T09:00:00Z"), 1, 100);
        let d1 = &r.domains[0];
        assert_eq!(
            (
                d1.unseen.basis,
                d1.unseen.first_attempts,
                d1.unseen.first_correct
            ),
            ("first attempts", 10, 3)
        );
        assert!((d1.unseen.recall - 0.3).abs() < 1e-12);
        assert_eq!(r.domains[1].unseen.basis, "default");
        assert_eq!(r.domains[1].unseen.recall, DEFAULT_UNSEEN_RECALL);
        // Topics answered come first, weakest first.
        assert_eq!(r.topics[0].topic, "t1");
        assert_eq!(r.topics[1].topic, "t2");
        assert_eq!(r.topics[2].recall_answered, None);
    }
}
