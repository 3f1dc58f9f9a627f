//! Stores seeded with known answers at fixed times, through dva's own store
//! API, so that reports on them are exact.

use std::time::{Duration, SystemTime};

use dva::bank::Bank;
use dva::store::exam::NewExam;
use dva::store::{AnswerRecord, Mode, Store};

/// "Now" for reports on the seeded stores (`DVA_NOW`): the last 30 days
/// start at 2026-03-01T12:00:00Z.
pub const NOW: &str = "2026-03-31T12:00:00Z";

pub fn at(rfc3339: &str) -> SystemTime {
    humantime::parse_rfc3339(rfc3339).unwrap()
}

/// One answer to seed: a question of the built-in bank, or one that is no
/// longer in any bank (with the topic and domain stored for it).
pub struct Given {
    pub id: &'static str,
    pub correct: bool,
    /// For a question not in the built-in bank.
    pub stored: Option<(&'static str, u8)>,
}

pub fn right(id: &'static str) -> Given {
    Given {
        id,
        correct: true,
        stored: None,
    }
}

pub fn wrong(id: &'static str) -> Given {
    Given {
        id,
        correct: false,
        stored: None,
    }
}

/// An answer to a question that is not in the bank.
pub fn retired(id: &'static str, topic: &'static str, domain: u8, correct: bool) -> Given {
    Given {
        id,
        correct,
        stored: Some((topic, domain)),
    }
}

pub struct Seed {
    pub store: Store,
    bank: Bank,
}

impl Seed {
    pub fn open(path: &std::path::Path) -> Seed {
        Seed {
            store: Store::open(path).unwrap(),
            bank: Bank::builtin(),
        }
    }

    /// (topic, domain, chosen letters) of an answer.
    fn facts(&self, g: &Given) -> (String, u8, String) {
        if let Some((topic, domain)) = g.stored {
            let chosen = if g.correct { "B" } else { "A" };
            return (topic.to_string(), domain, chosen.to_string());
        }
        let q = self
            .bank
            .get(g.id)
            .unwrap_or_else(|| panic!("{} is not in the built-in bank", g.id));
        let chosen = if g.correct {
            q.key_letters()
        } else {
            // As many wrong letters as the key has.
            (0..q.text().choices.len() as u8)
                .filter(|i| !q.key.contains(i))
                .take(q.key.len())
                .map(|i| (b'A' + i) as char)
                .collect()
        };
        (q.topic.clone(), q.domain, chosen)
    }

    /// A drill started at `start`, one answer every 30 seconds; ended 30
    /// seconds after the last answer unless `interrupted`.
    pub fn drill(
        &self,
        topics: &[&str],
        planned: usize,
        start: &str,
        answers: &[Given],
        interrupted: bool,
    ) -> i64 {
        let start = at(start);
        let id = self
            .store
            .start_session(Mode::Drill, topics, 7, planned, start)
            .unwrap();
        for (i, g) in answers.iter().enumerate() {
            let (topic, domain, chosen) = self.facts(g);
            self.store
                .record_answer(&AnswerRecord {
                    session_id: id,
                    question_id: g.id,
                    topic: &topic,
                    domain,
                    chosen,
                    correct: g.correct,
                    guess: false,
                    seconds: 30.0,
                    answered_at: start + Duration::from_secs(30 * (i as u64 + 1)),
                    mode: Mode::Drill,
                })
                .unwrap();
        }
        if !interrupted {
            let end = start + Duration::from_secs(30 * (answers.len() as u64 + 1));
            self.store.finish_session(id, end).unwrap();
        }
        id
    }

    /// A mock exam started at `start` and finished after `minutes` of exam
    /// clock, scored as given (every question answered).
    pub fn exam(&mut self, start: &str, minutes: u64, answers: &[Given]) -> i64 {
        let id = self.start_exam(start, answers);
        let used = Duration::from_secs(60 * minutes);
        let end = at(start) + used;
        let facts: Vec<(String, u8, String)> = answers.iter().map(|g| self.facts(g)).collect();
        let records: Vec<AnswerRecord> = answers
            .iter()
            .zip(&facts)
            .map(|(g, (topic, domain, chosen))| AnswerRecord {
                session_id: id,
                question_id: g.id,
                topic,
                domain: *domain,
                chosen: chosen.clone(),
                correct: g.correct,
                guess: false,
                seconds: used.as_secs_f64() / answers.len() as f64,
                answered_at: end,
                mode: Mode::Exam,
            })
            .collect();
        self.store.finish_exam(id, used, &records, end).unwrap();
        id
    }

    /// A mock exam left in progress with the first `answered` questions
    /// answered.
    pub fn exam_in_progress(&mut self, start: &str, answers: &[Given], answered: usize) -> i64 {
        let id = self.start_exam(start, answers);
        for (pos, g) in answers.iter().take(answered).enumerate() {
            let chosen: Vec<u8> = self.facts(g).2.bytes().map(|b| b - b'A').collect();
            self.store
                .save_exam_item(
                    id,
                    pos,
                    &dva::store::exam::ItemState {
                        chosen: Some(&chosen),
                        flagged: false,
                        guess: false,
                        answered_at: Some(Duration::from_secs(60)),
                    },
                )
                .unwrap();
        }
        id
    }

    fn start_exam(&mut self, start: &str, answers: &[Given]) -> i64 {
        let mut topics: Vec<String> = answers.iter().map(|g| self.facts(g).0).collect();
        topics.sort();
        topics.dedup();
        let topics: Vec<&str> = topics.iter().map(String::as_str).collect();
        let items = answers.iter().map(|g| (g.id, vec![0, 1, 2, 3])).collect();
        self.store
            .create_exam(&NewExam {
                seed: 11,
                limit: Some(Duration::from_secs(130 * 60)),
                final_exam: false,
                domain: None,
                topics: &topics,
                items,
                at: at(start),
            })
            .unwrap()
    }
}

/// Ten questions over every domain, for the seeded exams.
pub const EXAM_QUESTIONS: [&str; 10] = [
    "dynamodb-001",
    "kms-001",
    "lambda-001",
    "cognito-001",
    "api-gateway-001",
    "sam-001",
    "codedeploy-001",
    "xray-001",
    "cloudformation-001",
    "secrets-manager-001",
];

fn exam_answers(right_count: usize) -> Vec<Given> {
    EXAM_QUESTIONS
        .iter()
        .enumerate()
        .map(|(i, id)| Given {
            id,
            correct: i < right_count,
            stored: None,
        })
        .collect()
}

/// The store most report tests use:
///
/// 1. drill dynamodb, 2026-01-10: 4 of 10 (old: outside the last 30 days)
/// 2. exam, 2026-02-01: 6 of 10 (scaled 617, fail), 20 minutes
/// 3. drill kms, 2026-03-20: 5 of 6
/// 4. drill lambda, 2026-03-25: 5 of 8, one of them a question no longer
///    in the bank (`lambda-retired-1`); interrupted (no end recorded)
/// 5. drill cognito, 2026-03-26: 1 of 3, stopped after 3 of 10
/// 6. exam, 2026-03-28: 8 of 10 (scaled 800, pass), 15 minutes
/// 7. exam in progress, 2026-03-30: 2 of 10 answered
pub fn standard(path: &std::path::Path) -> Seed {
    let mut s = Seed::open(path);
    s.drill(
        &["dynamodb"],
        10,
        "2026-01-10T09:00:00Z",
        &[
            wrong("dynamodb-001"),
            right("dynamodb-002"),
            wrong("dynamodb-003"),
            wrong("dynamodb-004"),
            right("dynamodb-005"),
            wrong("dynamodb-006"),
            right("dynamodb-007"),
            wrong("dynamodb-008"),
            right("dynamodb-009"),
            wrong("dynamodb-010"),
        ],
        false,
    );
    s.exam("2026-02-01T10:00:00Z", 20, &exam_answers(6));
    s.drill(
        &["kms"],
        6,
        "2026-03-20T18:00:00Z",
        &[
            right("kms-001"),
            right("kms-002"),
            wrong("kms-003"),
            right("kms-004"),
            right("kms-005"),
            right("kms-006"),
        ],
        false,
    );
    s.drill(
        &["lambda"],
        8,
        "2026-03-25T08:00:00Z",
        &[
            right("lambda-001"),
            wrong("lambda-002"),
            right("lambda-003"),
            right("lambda-004"),
            right("lambda-005"),
            wrong("lambda-006"),
            right("lambda-007"),
            retired("lambda-retired-1", "lambda", 1, false),
        ],
        true,
    );
    s.drill(
        &["cognito"],
        10,
        "2026-03-26T20:15:00Z",
        &[
            wrong("cognito-002"),
            right("cognito-003"),
            wrong("cognito-004"),
        ],
        false,
    );
    s.exam("2026-03-28T10:00:00Z", 15, &exam_answers(8));
    s.exam_in_progress("2026-03-30T07:30:00Z", &exam_answers(0), 2);
    s
}

/// A store of `n` drill answers over the built-in bank's questions, one
/// session per 20 answers, a minute apart from 2025-01-01, with every
/// fourth answer wrong and a mock exam every 65 sessions. Written in one
/// transaction straight into the tables, for size (`record_answer` commits
/// each answer to disk).
pub fn bulk(path: &std::path::Path, n: usize) {
    drop(Store::open(path).unwrap());
    let bank = Bank::builtin();
    let questions = bank.questions();
    let mut conn = rusqlite::Connection::open(path).unwrap();
    let tx = conn.transaction().unwrap();
    let start = at("2025-01-01T00:00:00Z");
    let stamp = |i: usize| dva::engine::clock::rfc3339(start + Duration::from_secs(60 * i as u64));
    {
        let mut session = tx
            .prepare(
                "INSERT INTO sessions (id, mode, topics, seed, planned, started_at, ended_at)
                 VALUES (?1, ?2, ?3, '1', 20, ?4, ?5)",
            )
            .unwrap();
        let mut answer = tx
            .prepare(
                "INSERT INTO answers (session_id, question_id, topic, domain, chosen, correct, guess, seconds, answered_at, mode)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 12.5, ?7, ?8)",
            )
            .unwrap();
        for first in (0..n).step_by(20) {
            let id = (first / 20 + 1) as i64;
            let mode = if id % 65 == 0 { "exam" } else { "drill" };
            let last = (first + 20).min(n);
            let q = &questions[first % questions.len()];
            session
                .execute(rusqlite::params![
                    id,
                    mode,
                    q.topic,
                    stamp(first),
                    stamp(last)
                ])
                .unwrap();
            for i in first..last {
                let q = &questions[i % questions.len()];
                let correct = i % 4 != 0;
                let chosen = if correct {
                    q.key_letters()
                } else {
                    "Z".to_string()
                };
                answer
                    .execute(rusqlite::params![
                        id,
                        q.id,
                        q.topic,
                        q.domain,
                        chosen,
                        correct,
                        stamp(i),
                        mode
                    ])
                    .unwrap();
            }
        }
    }
    tx.commit().unwrap();
}
