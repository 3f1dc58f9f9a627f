//! Read-only queries behind `dva stats`, `dva history` and `dva export`.
//! Timestamps are stored as RFC 3339 UTC to the second, so they compare as
//! text in SQL.

use std::time::{Duration, SystemTime};

use rusqlite::types::Type;
use rusqlite::{OptionalExtension, Row, ToSql};

use super::{Store, StoreError};
use crate::engine::clock::rfc3339;
use crate::engine::progress::{Answer, ExamInfo, SessionInfo};

/// Which answers a report covers; every field narrows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnswerFilter {
    /// Answers given at or after this time.
    pub since: Option<SystemTime>,
    /// Topic slugs; empty for every topic.
    pub topics: Vec<String>,
    pub domain: Option<u8>,
}

/// An answer with every stored column, for export and `dva history ID`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerRow {
    pub id: i64,
    pub session_id: i64,
    pub question_id: String,
    pub topic: String,
    pub domain: u8,
    /// Letters in the bank's order; empty for an unanswered exam question.
    pub chosen: String,
    pub correct: bool,
    pub guess: bool,
    pub seconds: f64,
    /// RFC 3339 UTC, as stored.
    pub answered_at: String,
    pub mode: String,
}

/// [`AnswerRow`] borrowed from the database row, for streaming.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AnswerRef<'r> {
    pub id: i64,
    pub session_id: i64,
    pub question_id: &'r str,
    pub topic: &'r str,
    pub domain: u8,
    pub chosen: &'r str,
    pub correct: bool,
    pub guess: bool,
    pub seconds: f64,
    pub answered_at: &'r str,
    pub mode: &'r str,
}

fn text<'r>(row: &'r Row, i: usize) -> rusqlite::Result<&'r str> {
    row.get_ref(i)?
        .as_str()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, Type::Text, Box::new(e)))
}

fn answer_ref<'r>(r: &'r Row) -> rusqlite::Result<AnswerRef<'r>> {
    Ok(AnswerRef {
        id: r.get(0)?,
        session_id: r.get(1)?,
        question_id: text(r, 2)?,
        topic: text(r, 3)?,
        domain: r.get(4)?,
        chosen: text(r, 5)?,
        correct: r.get(6)?,
        guess: r.get(7)?,
        seconds: r.get(8)?,
        answered_at: text(r, 9)?,
        mode: text(r, 10)?,
    })
}

fn time(row: &Row, i: usize) -> rusqlite::Result<SystemTime> {
    let s: String = row.get(i)?;
    humantime::parse_rfc3339_weak(&s)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, Type::Text, Box::new(e)))
}

fn opt_time(row: &Row, i: usize) -> rusqlite::Result<Option<SystemTime>> {
    match row.get::<_, Option<String>>(i)? {
        Some(s) if !s.is_empty() => time(row, i).map(Some),
        _ => Ok(None),
    }
}

const SESSION_SQL: &str = "
    SELECT s.id, s.mode, s.topics, s.planned, s.started_at, s.ended_at,
           (SELECT count(*) FROM answers a WHERE a.session_id = s.id),
           (SELECT coalesce(sum(a.correct), 0) FROM answers a WHERE a.session_id = s.id),
           (SELECT max(a.answered_at) FROM answers a WHERE a.session_id = s.id),
           e.status, e.final, e.domain, e.elapsed,
           (SELECT count(*) FROM exam_items i WHERE i.session_id = s.id),
           (SELECT count(i.chosen) FROM exam_items i WHERE i.session_id = s.id)
    FROM sessions s LEFT JOIN exams e ON e.session_id = s.id";

fn session_info(r: &Row) -> rusqlite::Result<SessionInfo> {
    let topics: String = r.get(2)?;
    let exam = match r.get::<_, Option<String>>(9)? {
        Some(status) => Some(ExamInfo {
            status,
            final_exam: r.get(10)?,
            domain: r.get(11)?,
            elapsed: Duration::from_secs_f64(r.get::<_, f64>(12)?.max(0.0)),
            questions: r.get(13)?,
            answered: r.get(14)?,
        }),
        None => None,
    };
    Ok(SessionInfo {
        id: r.get(0)?,
        mode: r.get(1)?,
        topics: topics.split_whitespace().map(String::from).collect(),
        planned: r.get(3)?,
        started_at: time(r, 4)?,
        ended_at: opt_time(r, 5)?,
        answered: r.get(6)?,
        correct: r.get(7)?,
        last_answer: opt_time(r, 8)?,
        exam,
    })
}

fn answer_row(r: &Row) -> rusqlite::Result<AnswerRow> {
    Ok(AnswerRow {
        id: r.get(0)?,
        session_id: r.get(1)?,
        question_id: r.get(2)?,
        topic: r.get(3)?,
        domain: r.get(4)?,
        chosen: r.get(5)?,
        correct: r.get(6)?,
        guess: r.get(7)?,
        seconds: r.get(8)?,
        answered_at: r.get(9)?,
        mode: r.get(10)?,
    })
}

const ANSWER_SQL: &str = "SELECT id, session_id, question_id, topic, domain, chosen, correct, guess, seconds, answered_at, mode FROM answers";

impl Store {
    /// Has any answer been stored?
    pub fn has_answers(&self) -> Result<bool, StoreError> {
        self.conn
            .query_row("SELECT EXISTS (SELECT 1 FROM answers)", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    /// The answers `filter` selects, oldest first, for progress reports.
    pub fn progress_answers(&self, filter: &AnswerFilter) -> Result<Vec<Answer>, StoreError> {
        let mut sql = String::from(
            "SELECT session_id, question_id, topic, domain, correct, answered_at, mode = 'exam' FROM answers WHERE 1",
        );
        let since = filter.since.map(rfc3339);
        let mut params: Vec<&dyn ToSql> = Vec::new();
        if let Some(s) = &since {
            sql.push_str(" AND answered_at >= ?");
            params.push(s);
        }
        if let Some(d) = &filter.domain {
            sql.push_str(" AND domain = ?");
            params.push(d);
        }
        if !filter.topics.is_empty() {
            sql.push_str(" AND topic IN (");
            for (i, t) in filter.topics.iter().enumerate() {
                sql.push_str(if i == 0 { "?" } else { ", ?" });
                params.push(t);
            }
            sql.push(')');
        }
        sql.push_str(" ORDER BY id");
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params.as_slice(), |r| {
                Ok(Answer {
                    session_id: r.get(0)?,
                    question_id: r.get(1)?,
                    topic: r.get(2)?,
                    domain: r.get(3)?,
                    correct: r.get(4)?,
                    at: time(r, 5)?,
                    exam: r.get(6)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Call `f` with every stored answer, in the order given, straight from
    /// the database: nothing is collected, so this scales to any store.
    pub fn for_each_answer<E: From<StoreError>>(
        &self,
        mut f: impl FnMut(&AnswerRef) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut stmt = self
            .conn
            .prepare(&format!("{ANSWER_SQL} ORDER BY id"))
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([]).map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let a = answer_ref(r).map_err(|e| self.err(e))?;
            f(&a)?;
        }
        Ok(())
    }

    /// One session's answers, in the order given.
    pub fn session_answers(&self, session_id: i64) -> Result<Vec<AnswerRow>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!("{ANSWER_SQL} WHERE session_id = ?1 ORDER BY id"))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([session_id], answer_row)
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Every session, oldest first.
    pub fn sessions(&self) -> Result<Vec<SessionInfo>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!("{SESSION_SQL} ORDER BY s.id"))
            .map_err(|e| self.err(e))?;
        let rows = stmt.query_map([], session_info).map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// One session, or `None` when there is no session with that id.
    pub fn session(&self, id: i64) -> Result<Option<SessionInfo>, StoreError> {
        self.conn
            .query_row(
                &format!("{SESSION_SQL} WHERE s.id = ?1"),
                [id],
                session_info,
            )
            .optional()
            .map_err(|e| self.err(e))
    }
}
