//! Progress across all practice: answered and correct per domain and per
//! topic, all time beside the last 30 days, a status for each, the weakest
//! topics with the notes sections behind their misses, the scaled-score
//! trend of mock exams, and a summary of each session. Computed from rows
//! the store returns; nothing here knows SQL or terminals.

use std::collections::{BTreeSet, HashMap};
use std::time::{Duration, SystemTime};

use super::scoring::{self, PASS_MARK, Status};
use super::tally::Tally;
use crate::blueprint;

/// Days in the recent window shown beside all time.
pub const RECENT_DAYS: u64 = 30;
/// Below this many answers a topic or domain has no status yet.
pub const MIN_ANSWERS: u32 = 5;
/// How many weakest topics are suggested.
pub const WEAKEST: usize = 3;

/// One stored answer, as far as progress needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub session_id: i64,
    /// May name a question no longer in any bank; it still counts.
    pub question_id: String,
    /// The topic and domain stored with the answer, so that they survive
    /// bank changes.
    pub topic: String,
    pub domain: u8,
    pub correct: bool,
    pub at: SystemTime,
    /// Logged when a mock exam ended (mode `exam`).
    pub exam: bool,
}

/// Strong, ok, gap, or too few answers to tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Standing {
    TooFew,
    Gap,
    Ok,
    Strong,
}

impl Standing {
    /// Strong at 80 % or more, ok from 60 %, gap below (the exam report's
    /// thresholds); too few under [`MIN_ANSWERS`] answers.
    pub fn of(t: &Tally) -> Standing {
        if t.answered < MIN_ANSWERS {
            return Standing::TooFew;
        }
        match Status::of(t.percent()) {
            Status::Strong => Standing::Strong,
            Status::Ok => Standing::Ok,
            Status::Gap => Standing::Gap,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Standing::TooFew => "too few answers",
            Standing::Gap => "gap",
            Standing::Ok => "ok",
            Standing::Strong => "strong",
        }
    }
}

/// Tallies of one domain or topic.
#[derive(Debug, Clone, PartialEq)]
pub struct Line<K> {
    pub key: K,
    /// Every answer in scope.
    pub all: Tally,
    /// Answers of the last [`RECENT_DAYS`] days.
    pub recent: Tally,
    /// From `all`.
    pub standing: Standing,
    /// The latest answer.
    pub last: SystemTime,
}

/// A notes section behind the misses of a weak topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reread {
    /// Section number, such as "11.2".
    pub section: String,
    /// Wrong answers to questions citing it.
    pub misses: u32,
}

/// One of the weakest topics.
#[derive(Debug, Clone, PartialEq)]
pub struct Weak {
    pub topic: String,
    pub all: Tally,
    pub standing: Standing,
    /// Most missed first, then in notes order. Empty when the missed
    /// questions cite no section or are no longer in the bank.
    pub reread: Vec<Reread>,
}

/// A finished mock exam's score.
#[derive(Debug, Clone, PartialEq)]
pub struct ExamScore {
    pub session_id: i64,
    /// When it ended (its answers are logged then).
    pub at: SystemTime,
    pub correct: u32,
    pub total: u32,
    pub percent: f64,
    /// [`scoring::scaled_score`] of `percent`.
    pub scaled: u32,
    pub pass: bool,
}

/// Progress over a set of answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub now: SystemTime,
    /// Start of the recent window: `now` less [`RECENT_DAYS`].
    pub recent_from: SystemTime,
    pub all: Tally,
    pub recent: Tally,
    /// Distinct sessions with answers.
    pub sessions: usize,
    pub first: Option<SystemTime>,
    pub last: Option<SystemTime>,
    /// In domain order.
    pub domains: Vec<Line<u8>>,
    /// In study-notes order; topics the blueprint no longer knows last.
    pub topics: Vec<Line<String>>,
    /// Up to [`WEAKEST`] topics that are a gap or only ok, lowest percent
    /// first.
    pub weakest: Vec<Weak>,
    /// Finished mock exams, oldest first.
    pub exams: Vec<ExamScore>,
}

struct Acc {
    all: Tally,
    recent: Tally,
    last: SystemTime,
}

impl Acc {
    fn new(at: SystemTime) -> Self {
        Acc {
            all: Tally::default(),
            recent: Tally::default(),
            last: at,
        }
    }

    fn add(&mut self, a: &Answer, recent: bool) {
        self.all.add(a.correct);
        if recent {
            self.recent.add(a.correct);
        }
        self.last = self.last.max(a.at);
    }

    fn line<K>(&self, key: K) -> Line<K> {
        Line {
            key,
            all: self.all,
            recent: self.recent,
            standing: Standing::of(&self.all),
            last: self.last,
        }
    }
}

/// "11.10" after "11.9": numeric order of section numbers.
pub fn section_key(s: &str) -> Vec<u32> {
    s.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

fn topic_rank(slug: &str) -> usize {
    blueprint::TOPICS
        .iter()
        .position(|t| t.slug == slug)
        .unwrap_or(usize::MAX)
}

impl Progress {
    /// Progress over `answers` as of `now`. `notes_of` gives a question's
    /// notes sections, or `None` for a question no longer in the bank.
    pub fn compute<'n>(
        answers: &[Answer],
        now: SystemTime,
        notes_of: impl Fn(&str) -> Option<&'n [String]>,
    ) -> Progress {
        let recent_from = now
            .checked_sub(Duration::from_secs(RECENT_DAYS * 86_400))
            .unwrap_or(SystemTime::UNIX_EPOCH);
        let mut all = Tally::default();
        let mut recent = Tally::default();
        let mut sessions = BTreeSet::new();
        let mut first: Option<SystemTime> = None;
        let mut last: Option<SystemTime> = None;
        let mut domains: HashMap<u8, Acc> = HashMap::new();
        let mut topics: HashMap<&str, Acc> = HashMap::new();
        // topic -> question id -> wrong answers
        let mut misses: HashMap<&str, HashMap<&str, u32>> = HashMap::new();
        // session -> (correct, total, ended)
        let mut exams: HashMap<i64, (u32, u32, SystemTime)> = HashMap::new();

        for a in answers {
            let is_recent = a.at >= recent_from;
            all.add(a.correct);
            if is_recent {
                recent.add(a.correct);
            }
            sessions.insert(a.session_id);
            first = Some(first.map_or(a.at, |f| f.min(a.at)));
            last = Some(last.map_or(a.at, |l| l.max(a.at)));
            domains
                .entry(a.domain)
                .or_insert_with(|| Acc::new(a.at))
                .add(a, is_recent);
            topics
                .entry(a.topic.as_str())
                .or_insert_with(|| Acc::new(a.at))
                .add(a, is_recent);
            if !a.correct {
                *misses
                    .entry(a.topic.as_str())
                    .or_default()
                    .entry(a.question_id.as_str())
                    .or_default() += 1;
            }
            if a.exam {
                let e = exams.entry(a.session_id).or_insert((0, 0, a.at));
                e.0 += u32::from(a.correct);
                e.1 += 1;
                e.2 = e.2.max(a.at);
            }
        }

        let mut domain_lines: Vec<Line<u8>> = domains.iter().map(|(d, acc)| acc.line(*d)).collect();
        domain_lines.sort_by_key(|l| l.key);

        let mut topic_lines: Vec<Line<String>> = topics
            .iter()
            .map(|(t, acc)| acc.line(t.to_string()))
            .collect();
        topic_lines.sort_by(|a, b| {
            topic_rank(&a.key)
                .cmp(&topic_rank(&b.key))
                .then(a.key.cmp(&b.key))
        });

        let mut candidates: Vec<&Line<String>> = topic_lines
            .iter()
            .filter(|l| matches!(l.standing, Standing::Gap | Standing::Ok))
            .collect();
        candidates.sort_by(|a, b| {
            a.all
                .percent()
                .total_cmp(&b.all.percent())
                .then(b.all.answered.cmp(&a.all.answered))
                .then(topic_rank(&a.key).cmp(&topic_rank(&b.key)))
                .then(a.key.cmp(&b.key))
        });
        let weakest = candidates
            .into_iter()
            .take(WEAKEST)
            .map(|l| {
                let mut by_section: HashMap<&str, u32> = HashMap::new();
                if let Some(missed) = misses.get(l.key.as_str()) {
                    for (qid, n) in missed {
                        for s in notes_of(qid).unwrap_or_default() {
                            *by_section.entry(s.as_str()).or_default() += n;
                        }
                    }
                }
                let mut reread: Vec<Reread> = by_section
                    .into_iter()
                    .map(|(s, misses)| Reread {
                        section: s.to_string(),
                        misses,
                    })
                    .collect();
                reread.sort_by(|a, b| {
                    b.misses
                        .cmp(&a.misses)
                        .then(section_key(&a.section).cmp(&section_key(&b.section)))
                });
                Weak {
                    topic: l.key.clone(),
                    all: l.all,
                    standing: l.standing,
                    reread,
                }
            })
            .collect();

        let mut exam_scores: Vec<ExamScore> = exams
            .into_iter()
            .map(|(id, (correct, total, at))| {
                let t = Tally {
                    answered: total,
                    correct,
                };
                let scaled = scoring::scaled_score(t.percent());
                ExamScore {
                    session_id: id,
                    at,
                    correct,
                    total,
                    percent: t.percent(),
                    scaled,
                    pass: scaled >= PASS_MARK,
                }
            })
            .collect();
        exam_scores.sort_by_key(|e| (e.at, e.session_id));

        Progress {
            now,
            recent_from,
            all,
            recent,
            sessions: sessions.len(),
            first,
            last,
            domains: domain_lines,
            topics: topic_lines,
            weakest,
            exams: exam_scores,
        }
    }
}

/// A mock exam's own record, beside its session.
#[derive(Debug, Clone, PartialEq)]
pub struct ExamInfo {
    /// `in_progress`, `finished` or `discarded`.
    pub status: String,
    pub final_exam: bool,
    /// The `--domain` filter.
    pub domain: Option<u8>,
    /// Exam clock used.
    pub elapsed: Duration,
    pub questions: u32,
    /// Questions answered so far (an exam logs its answers only at the end).
    pub answered: u32,
}

/// One session as `dva history` lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionInfo {
    pub id: i64,
    /// `drill`, `exam` or `review`.
    pub mode: String,
    pub topics: Vec<String>,
    pub planned: u32,
    pub started_at: SystemTime,
    /// `None` for a session that was interrupted (or is running).
    pub ended_at: Option<SystemTime>,
    /// Answers logged for it.
    pub answered: u32,
    pub correct: u32,
    pub last_answer: Option<SystemTime>,
    /// For a mock exam with its exam record.
    pub exam: Option<ExamInfo>,
}

impl SessionInfo {
    pub fn is_exam(&self) -> bool {
        self.mode == "exam"
    }

    /// `finished`, `interrupted` (no end recorded), or an exam's status.
    pub fn status(&self) -> &str {
        match &self.exam {
            Some(e) => &e.status,
            None if self.ended_at.is_some() => "finished",
            None => "interrupted",
        }
    }

    /// Questions in the session: an exam's size, else the answers given.
    pub fn questions(&self) -> u32 {
        match &self.exam {
            Some(e) => e.questions,
            None => self.answered,
        }
    }

    /// Time spent: an exam's clock, else start to end (or to the last
    /// answer, for an interrupted session).
    pub fn duration(&self) -> Option<Duration> {
        if let Some(e) = &self.exam {
            return Some(e.elapsed);
        }
        let end = self.ended_at.or(self.last_answer)?;
        Some(end.duration_since(self.started_at).unwrap_or_default())
    }

    /// Percent correct of the answers logged, if any.
    pub fn percent(&self) -> Option<f64> {
        (self.answered > 0).then(|| 100.0 * f64::from(self.correct) / f64::from(self.answered))
    }

    /// A scored mock exam's estimated scaled score.
    pub fn scaled(&self) -> Option<u32> {
        if !self.is_exam() || self.status() != "finished" {
            return None;
        }
        self.percent().map(scoring::scaled_score)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> SystemTime {
        humantime::parse_rfc3339(s).unwrap()
    }

    fn answer(session: i64, qid: &str, topic: &str, correct: bool, when: &str) -> Answer {
        Answer {
            session_id: session,
            question_id: qid.to_string(),
            topic: topic.to_string(),
            domain: if topic == "kms" { 2 } else { 1 },
            correct,
            at: at(when),
            exam: false,
        }
    }

    #[test]
    fn standing_thresholds() {
        let t = |answered, correct| Tally { answered, correct };
        assert_eq!(Standing::of(&t(4, 4)), Standing::TooFew);
        assert_eq!(Standing::of(&t(5, 4)), Standing::Strong);
        assert_eq!(Standing::of(&t(5, 3)), Standing::Ok);
        assert_eq!(Standing::of(&t(5, 2)), Standing::Gap);
        assert_eq!(Standing::of(&t(0, 0)), Standing::TooFew);
    }

    #[test]
    fn all_time_beside_the_last_30_days() {
        let now = at("2026-03-31T00:00:00Z");
        let answers = vec![
            answer(1, "dynamodb-001", "dynamodb", false, "2026-01-01T00:00:00Z"),
            answer(1, "dynamodb-001", "dynamodb", false, "2026-01-01T00:00:00Z"),
            answer(1, "dynamodb-002", "dynamodb", true, "2026-01-01T00:00:00Z"),
            // Exactly 30 days before now counts as recent.
            answer(2, "dynamodb-002", "dynamodb", true, "2026-03-01T00:00:00Z"),
            answer(2, "gone-001", "dynamodb", false, "2026-03-02T00:00:00Z"),
            answer(3, "kms-001", "kms", true, "2026-03-30T00:00:00Z"),
        ];
        let notes: HashMap<&str, Vec<String>> = HashMap::from([
            ("dynamodb-001", vec!["11.2".to_string(), "11.1".to_string()]),
            ("dynamodb-002", vec!["11.1".to_string()]),
        ]);
        let p = Progress::compute(&answers, now, |id| notes.get(id).map(Vec::as_slice));
        assert_eq!(
            p.all,
            Tally {
                answered: 6,
                correct: 3
            }
        );
        assert_eq!(
            p.recent,
            Tally {
                answered: 3,
                correct: 2
            }
        );
        assert_eq!(p.sessions, 3);
        let ddb = &p.topics[0];
        assert_eq!(ddb.key, "dynamodb");
        assert_eq!((ddb.all.answered, ddb.all.correct), (5, 2));
        assert_eq!((ddb.recent.answered, ddb.recent.correct), (2, 1));
        assert_eq!(ddb.standing, Standing::Gap);
        assert_eq!(p.topics[1].standing, Standing::TooFew);
        assert_eq!(p.domains.iter().map(|d| d.key).collect::<Vec<_>>(), [1, 2]);
        // The removed question counts but adds no section.
        assert_eq!(p.weakest.len(), 1);
        assert_eq!(
            p.weakest[0].reread,
            vec![
                Reread {
                    section: "11.1".into(),
                    misses: 2
                },
                Reread {
                    section: "11.2".into(),
                    misses: 2
                },
            ]
        );
    }

    #[test]
    fn exams_are_scored_per_session_oldest_first() {
        let now = at("2026-03-31T00:00:00Z");
        let mut answers = Vec::new();
        for (session, when, right) in [
            (9, "2026-03-20T00:00:00Z", 8),
            (4, "2026-02-01T00:00:00Z", 5),
        ] {
            for i in 0..10 {
                let mut a = answer(session, "kms-001", "kms", i < right, when);
                a.exam = true;
                answers.push(a);
            }
        }
        let p = Progress::compute(&answers, now, |_| None);
        let scores: Vec<(i64, u32, bool)> = p
            .exams
            .iter()
            .map(|e| (e.session_id, e.scaled, e.pass))
            .collect();
        assert_eq!(scores, [(4, 531, false), (9, 800, true)]);
    }
}
