//! Exams in the store: created in one transaction, then every answer, flag,
//! move and the clock saved as they change, so an exam survives a crash and
//! `dva resume` restores it exactly.

use std::collections::HashSet;
use std::time::{Duration, SystemTime};

use rusqlite::{OptionalExtension, params};

use super::{AnswerRecord, Mode, Store, StoreError};
use crate::engine::clock::rfc3339;

/// One stored exam question.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemRecord {
    pub question_id: String,
    /// Bank indices in display order.
    pub order: Vec<u8>,
    /// Bank indices chosen, if answered.
    pub chosen: Option<Vec<u8>>,
    pub flagged: bool,
    /// The answer is marked as a guess.
    pub guess: bool,
    pub answered_at: Option<Duration>,
}

/// A stored exam.
#[derive(Debug, Clone, PartialEq)]
pub struct ExamRecord {
    pub session_id: i64,
    pub started_at: String,
    pub limit: Option<Duration>,
    pub elapsed: Duration,
    pub position: usize,
    pub status: String,
    pub final_exam: bool,
    pub domain: Option<u8>,
    pub items: Vec<ItemRecord>,
}

/// What changes on an exam question as the learner works.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ItemState<'a> {
    /// Bank indices chosen, if answered.
    pub chosen: Option<&'a [u8]>,
    pub flagged: bool,
    pub guess: bool,
    /// Exam time used when it was last answered.
    pub answered_at: Option<Duration>,
}

/// A new exam to store.
pub struct NewExam<'a> {
    pub seed: u64,
    pub limit: Option<Duration>,
    pub final_exam: bool,
    pub domain: Option<u8>,
    pub topics: &'a [&'a str],
    /// (question id, bank indices in display order)
    pub items: Vec<(&'a str, Vec<u8>)>,
    pub at: SystemTime,
}

fn letters(indices: &[u8]) -> String {
    indices.iter().map(|&i| (b'A' + i) as char).collect()
}

fn indices(letters: &str) -> Vec<u8> {
    letters
        .bytes()
        .filter(u8::is_ascii_uppercase)
        .map(|b| b - b'A')
        .collect()
}

impl Store {
    /// Store a new exam with its questions and choice orders; returns its id.
    pub fn create_exam(&mut self, e: &NewExam) -> Result<i64, StoreError> {
        let path = self.path.clone();
        let err = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let tx = self.conn.transaction().map_err(err)?;
        tx.execute(
            "INSERT INTO sessions (mode, topics, seed, planned, started_at) VALUES ('exam', ?1, ?2, ?3, ?4)",
            params![e.topics.join(" "), e.seed.to_string(), e.items.len() as i64, rfc3339(e.at)],
        )
        .map_err(err)?;
        let id = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO exams (session_id, time_limit, status, final, domain) VALUES (?1, ?2, 'in_progress', ?3, ?4)",
            params![id, e.limit.map(|l| l.as_secs_f64()), e.final_exam, e.domain],
        )
        .map_err(err)?;
        {
            let mut stmt = tx
                .prepare("INSERT INTO exam_items (session_id, position, question_id, choice_order) VALUES (?1, ?2, ?3, ?4)")
                .map_err(err)?;
            for (pos, (qid, order)) in e.items.iter().enumerate() {
                stmt.execute(params![id, pos as i64, qid, letters(order)])
                    .map_err(err)?;
            }
        }
        tx.commit().map_err(err)?;
        Ok(id)
    }

    /// Save one question's answer, flag and guess mark.
    pub fn save_exam_item(
        &self,
        session_id: i64,
        position: usize,
        item: &ItemState,
    ) -> Result<(), StoreError> {
        self.conn
            .execute(
                "UPDATE exam_items SET chosen = ?3, flagged = ?4, answered_at = ?5, guess = ?6 WHERE session_id = ?1 AND position = ?2",
                params![
                    session_id,
                    position as i64,
                    item.chosen.map(letters),
                    item.flagged,
                    item.answered_at.map(|d| d.as_secs_f64()),
                    item.guess
                ],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Save the exam clock and the question on screen.
    pub fn save_exam_clock(
        &self,
        session_id: i64,
        elapsed: Duration,
        position: usize,
    ) -> Result<(), StoreError> {
        self.conn
            .execute(
                "UPDATE exams SET elapsed = ?2, position = ?3 WHERE session_id = ?1",
                params![session_id, elapsed.as_secs_f64(), position as i64],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// End an exam: mark it finished, log every question's final answer in
    /// `answers` (unanswered as wrong) and, for the final exam, release the
    /// reserve. One transaction.
    pub fn finish_exam(
        &mut self,
        session_id: i64,
        elapsed: Duration,
        answers: &[AnswerRecord],
        at: SystemTime,
    ) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let tx = self.conn.transaction().map_err(err)?;
        tx.execute(
            "UPDATE exams SET status = 'finished', elapsed = ?2 WHERE session_id = ?1",
            params![session_id, elapsed.as_secs_f64()],
        )
        .map_err(err)?;
        tx.execute(
            "UPDATE sessions SET ended_at = ?2 WHERE id = ?1",
            params![session_id, rfc3339(at)],
        )
        .map_err(err)?;
        for a in answers {
            tx.execute(
                "INSERT INTO answers (session_id, question_id, topic, domain, chosen, correct, guess, seconds, answered_at, mode)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    a.session_id, a.question_id, a.topic, a.domain, a.chosen, a.correct, a.guess,
                    a.seconds, rfc3339(a.answered_at), Mode::Exam.as_str()
                ],
            )
            .map_err(err)?;
        }
        let final_exam: bool = tx
            .query_row(
                "SELECT final FROM exams WHERE session_id = ?1",
                [session_id],
                |r| r.get(0),
            )
            .map_err(err)?;
        if final_exam {
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('final_taken', ?1)",
                [session_id.to_string()],
            )
            .map_err(err)?;
        }
        tx.commit().map_err(err)?;
        Ok(())
    }

    /// Give up an in-progress exam without scoring it.
    pub fn discard_exam(&self, session_id: i64, at: SystemTime) -> Result<(), StoreError> {
        self.conn
            .execute(
                "UPDATE exams SET status = 'discarded' WHERE session_id = ?1",
                [session_id],
            )
            .map_err(|e| self.err(e))?;
        self.finish_session(session_id, at)
    }

    fn exam_id_where(&self, sql: &str) -> Result<Option<i64>, StoreError> {
        self.conn
            .query_row(sql, [], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(e))
    }

    /// The exam in progress, if any (at most one is kept in progress).
    pub fn in_progress_exam(&self) -> Result<Option<ExamRecord>, StoreError> {
        match self.exam_id_where(
            "SELECT session_id FROM exams WHERE status = 'in_progress' ORDER BY session_id DESC LIMIT 1",
        )? {
            Some(id) => self.load_exam(id).map(Some),
            None => Ok(None),
        }
    }

    /// The most recently finished exam's id.
    pub fn last_finished_exam(&self) -> Result<Option<i64>, StoreError> {
        self.exam_id_where(
            "SELECT session_id FROM exams WHERE status = 'finished' ORDER BY session_id DESC LIMIT 1",
        )
    }

    /// Load a stored exam, or `None` if there is no exam with that id.
    pub fn find_exam(&self, session_id: i64) -> Result<Option<ExamRecord>, StoreError> {
        let exists: Option<i64> = self
            .conn
            .query_row(
                "SELECT session_id FROM exams WHERE session_id = ?1",
                [session_id],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        match exists {
            Some(id) => self.load_exam(id).map(Some),
            None => Ok(None),
        }
    }

    fn load_exam(&self, session_id: i64) -> Result<ExamRecord, StoreError> {
        let (started_at, limit, elapsed, position, status, final_exam, domain) = self
            .conn
            .query_row(
                "SELECT s.started_at, e.time_limit, e.elapsed, e.position, e.status, e.final, e.domain
                 FROM exams e JOIN sessions s ON s.id = e.session_id WHERE e.session_id = ?1",
                [session_id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<f64>>(1)?,
                        r.get::<_, f64>(2)?,
                        r.get::<_, i64>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, bool>(5)?,
                        r.get::<_, Option<u8>>(6)?,
                    ))
                },
            )
            .map_err(|e| self.err(e))?;
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT question_id, choice_order, chosen, flagged, answered_at, guess FROM exam_items
                 WHERE session_id = ?1 ORDER BY position",
            )
            .map_err(|e| self.err(e))?;
        let items = stmt
            .query_map([session_id], |r| {
                Ok(ItemRecord {
                    question_id: r.get(0)?,
                    order: indices(&r.get::<_, String>(1)?),
                    chosen: r.get::<_, Option<String>>(2)?.map(|c| indices(&c)),
                    flagged: r.get(3)?,
                    answered_at: r.get::<_, Option<f64>>(4)?.map(Duration::from_secs_f64),
                    guess: r.get(5)?,
                })
            })
            .map_err(|e| self.err(e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err(e))?;
        Ok(ExamRecord {
            session_id,
            started_at,
            limit: limit.map(Duration::from_secs_f64),
            elapsed: Duration::from_secs_f64(elapsed),
            position: position.max(0) as usize,
            status,
            final_exam,
            domain,
            items,
        })
    }

    /// Question ids this learner has seen in any exam.
    pub fn seen_in_exams(&self) -> Result<HashSet<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT i.question_id FROM exam_items i JOIN exams e ON e.session_id = i.session_id
                 WHERE e.status != 'discarded'",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// The final-exam reserve, in order (empty until it is chosen).
    pub fn final_reserve(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT question_id FROM final_reserve ORDER BY position")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Choose the reserve, once per store.
    pub fn set_final_reserve(&mut self, ids: &[&str]) -> Result<(), StoreError> {
        let path = self.path.clone();
        let err = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let tx = self.conn.transaction().map_err(err)?;
        for (pos, id) in ids.iter().enumerate() {
            tx.execute(
                "INSERT OR IGNORE INTO final_reserve (question_id, position) VALUES (?1, ?2)",
                params![id, pos as i64],
            )
            .map_err(err)?;
        }
        tx.commit().map_err(err)
    }

    /// The id of the finished final exam, once it has been taken.
    pub fn final_taken(&self) -> Result<Option<i64>, StoreError> {
        self.conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'final_taken'",
                [],
                |r| r.get::<_, String>(0),
            )
            .optional()
            .map(|v| v.and_then(|s| s.parse().ok()))
            .map_err(|e| self.err(e))
    }

    /// Question ids held back for the final exam: the reserve until the
    /// final exam has been taken, then nothing.
    pub fn held_back(&self) -> Result<HashSet<String>, StoreError> {
        if self.final_taken()?.is_some() {
            return Ok(HashSet::new());
        }
        Ok(self.final_reserve()?.into_iter().collect())
    }
}
