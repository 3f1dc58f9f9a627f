//! Scoring a finished exam the way the score report does: a scaled score
//! with pass or fail, a classification per domain, and strengths and gaps
//! per topic.

use std::collections::BTreeMap;
use std::time::Duration;

use super::exam::Exam;
use crate::blueprint::DOMAINS;

/// The passing scaled score (exam guide).
pub const PASS_MARK: u32 = 720;
/// Percent correct at or above which a domain "meets competencies". AWS does
/// not publish the threshold; dva uses the pass ratio, 72 %.
pub const MEETS_PERCENT: f64 = 72.0;
/// Topic status thresholds, in percent correct.
pub const STRONG_PERCENT: f64 = 80.0;
pub const OK_PERCENT: f64 = 60.0;

/// An estimated scaled score (100 to 1000) for `percent` correct (0 to 100),
/// mapped piecewise-linearly through (0 %, 100), (72 %, 720), (100 %, 1000).
/// AWS does not publish its scaling; this is an estimate.
pub fn scaled_score(percent: f64) -> u32 {
    let p = percent.clamp(0.0, 100.0);
    let score = if p <= 72.0 {
        100.0 + p * (620.0 / 72.0)
    } else {
        720.0 + (p - 72.0) * (280.0 / 28.0)
    };
    score.round() as u32
}

/// How many questions of an `n`-question exam come from each domain, in
/// domain order, at the exam guide's weights. Highest-averages (D'Hondt)
/// apportionment: it reproduces the blueprint's 21/17/16/11 for 65, which
/// plain largest-remainder rounding (21/17/15/12) does not.
pub fn domain_counts(n: usize) -> [usize; 4] {
    let mut counts = [0usize; 4];
    for _ in 0..n {
        let best = (0..4)
            .max_by(|&a, &b| {
                let qa = f64::from(DOMAINS[a].weight_percent) / (counts[a] + 1) as f64;
                let qb = f64::from(DOMAINS[b].weight_percent) / (counts[b] + 1) as f64;
                // Ties go to the lower domain number.
                qa.total_cmp(&qb).then(b.cmp(&a))
            })
            .unwrap_or(0);
        counts[best] += 1;
    }
    counts
}

/// Strong, ok or gap, for a topic's percent correct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Strong,
    Ok,
    Gap,
}

impl Status {
    pub fn of(percent: f64) -> Status {
        if percent >= STRONG_PERCENT {
            Status::Strong
        } else if percent >= OK_PERCENT {
            Status::Ok
        } else {
            Status::Gap
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Strong => "strong",
            Status::Ok => "ok",
            Status::Gap => "gap",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DomainResult {
    pub domain: u8,
    pub correct: usize,
    pub total: usize,
    pub percent: f64,
    /// "meets competencies" at 72 % or more, else "needs improvement".
    pub meets: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TopicResult {
    pub topic: String,
    pub correct: usize,
    pub total: usize,
    pub percent: f64,
    pub status: Status,
    /// Notes sections of the questions missed, in notes order.
    pub reread: Vec<String>,
}

/// Where the learner fell behind a pace that finishes in time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Behind {
    /// The nth answer given (1-based) at which time used first exceeded the
    /// even pace.
    pub answer: usize,
    /// Time ran out before that answer was given (it never was).
    pub ran_out: bool,
    pub used: Duration,
    pub target: Duration,
}

/// The score report of a finished exam.
#[derive(Debug, Clone, PartialEq)]
pub struct ExamResult {
    pub total: usize,
    pub correct: usize,
    pub answered: usize,
    pub percent: f64,
    pub scaled: u32,
    pub pass: bool,
    pub domains: Vec<DomainResult>,
    pub topics: Vec<TopicResult>,
    pub used: Duration,
    pub limit: Option<Duration>,
    /// Average seconds per question (time used / questions).
    pub seconds_per_question: f64,
    pub behind: Option<Behind>,
}

fn percent(correct: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        100.0 * correct as f64 / total as f64
    }
}

fn section_key(s: &str) -> Vec<u32> {
    s.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

/// Score `exam`, whose clock shows `used` time.
pub fn score(exam: &Exam, used: Duration) -> ExamResult {
    let total = exam.len();
    let correct = exam.items.iter().filter(|i| i.is_correct()).count();
    let answered = exam.items.iter().filter(|i| i.answer.is_some()).count();
    let pct = percent(correct, total);
    let scaled = scaled_score(pct);

    let domains = DOMAINS
        .iter()
        .filter_map(|d| {
            let items: Vec<_> = exam
                .items
                .iter()
                .filter(|i| i.question.domain == d.number)
                .collect();
            if items.is_empty() {
                return None;
            }
            let c = items.iter().filter(|i| i.is_correct()).count();
            let p = percent(c, items.len());
            Some(DomainResult {
                domain: d.number,
                correct: c,
                total: items.len(),
                percent: p,
                meets: p >= MEETS_PERCENT,
            })
        })
        .collect();

    let mut by_topic: BTreeMap<&str, (usize, usize, Vec<String>)> = BTreeMap::new();
    for i in &exam.items {
        let e = by_topic.entry(i.question.topic.as_str()).or_default();
        e.1 += 1;
        if i.is_correct() {
            e.0 += 1;
        } else {
            for n in &i.question.notes {
                if !e.2.contains(n) {
                    e.2.push(n.clone());
                }
            }
        }
    }
    let mut topics: Vec<TopicResult> = by_topic
        .into_iter()
        .map(|(t, (c, n, mut reread))| {
            reread.sort_by_key(|s| section_key(s));
            let p = percent(c, n);
            TopicResult {
                topic: t.to_string(),
                correct: c,
                total: n,
                percent: p,
                status: Status::of(p),
                reread,
            }
        })
        .collect();
    // Gaps first, then by percent, then by size.
    topics.sort_by(|a, b| {
        a.percent
            .total_cmp(&b.percent)
            .then(b.total.cmp(&a.total))
            .then(a.topic.cmp(&b.topic))
    });

    let behind = exam.limit().and_then(|limit| {
        let per = limit.as_secs_f64() / total.max(1) as f64;
        let mut times: Vec<Duration> = exam.items.iter().filter_map(|i| i.answered_at).collect();
        times.sort();
        let late = times.iter().enumerate().find_map(|(k, &t)| {
            let target = Duration::from_secs_f64(per * (k + 1) as f64);
            (t > target).then_some(Behind {
                answer: k + 1,
                ran_out: false,
                used: t,
                target,
            })
        });
        // Time ran out with questions left: the next answer was never given
        // in time, which is falling behind too.
        let ran_out = (used >= limit && times.len() < total).then(|| Behind {
            answer: times.len() + 1,
            ran_out: true,
            used: limit,
            target: Duration::from_secs_f64(per * (times.len() + 1) as f64),
        });
        late.or(ran_out)
    });

    ExamResult {
        total,
        correct,
        answered,
        percent: pct,
        scaled,
        pass: scaled >= PASS_MARK,
        domains,
        topics,
        used,
        limit: exam.limit(),
        seconds_per_question: used.as_secs_f64() / total.max(1) as f64,
        behind,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaled_score_corners() {
        assert_eq!(scaled_score(0.0), 100);
        assert_eq!(scaled_score(72.0), 720);
        assert_eq!(scaled_score(100.0), 1000);
        assert_eq!(scaled_score(36.0), 410);
        assert_eq!(scaled_score(86.0), 860);
        assert_eq!(scaled_score(-5.0), 100);
        assert_eq!(scaled_score(150.0), 1000);
    }

    #[test]
    fn blueprint_counts() {
        assert_eq!(domain_counts(65), [21, 17, 16, 11]);
        assert_eq!(domain_counts(50), [16, 13, 12, 9]);
        assert_eq!(domain_counts(20), [7, 5, 5, 3]);
        assert_eq!(domain_counts(10), [3, 3, 2, 2]);
        assert_eq!(domain_counts(1), [1, 0, 0, 0]);
        assert_eq!(domain_counts(0), [0, 0, 0, 0]);
        for n in 0..200 {
            assert_eq!(domain_counts(n).iter().sum::<usize>(), n);
        }
    }

    #[test]
    fn running_out_of_time_is_falling_behind() {
        use crate::bank::Bank;
        use crate::engine::exam::{Exam, ExamItem};
        use crate::engine::presentation::Presentation;
        let bank = Bank::builtin();
        let items = bank.questions()[..3]
            .iter()
            .map(|q| ExamItem::new(q, Presentation::identity(q.text().choices.len())))
            .collect();
        let limit = Duration::from_secs(30);
        let exam = Exam::new(items, Some(limit), limit);
        let r = score(&exam, limit);
        let b = r.behind.expect("time ran out with nothing answered");
        assert_eq!(b.answer, 1);
        assert!(b.ran_out);
        assert_eq!(b.target, Duration::from_secs(10));
    }

    #[test]
    fn topic_status_thresholds() {
        assert_eq!(Status::of(80.0), Status::Strong);
        assert_eq!(Status::of(79.9), Status::Ok);
        assert_eq!(Status::of(60.0), Status::Ok);
        assert_eq!(Status::of(59.9), Status::Gap);
    }
}
