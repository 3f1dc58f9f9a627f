//! The progress store: an embedded SQLite database in the data directory.
//!
//! Every answer is committed in its own transaction the moment it is given,
//! in WAL mode with full sync, so Ctrl-C, a closed terminal or kill -9 lose
//! nothing already answered, and several dva processes can share the file.
//! A file written by a newer dva, or one that is not a dva store, is
//! reported and never touched. Reports open the store read-only, so they
//! work on a store dva cannot write; sessions refuse such a store up front.

pub mod exam;
pub mod queries;
mod schema;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use rusqlite::{Connection, MAIN_DB, OpenFlags, OptionalExtension, params};

use crate::engine::clock::rfc3339;
use crate::engine::memory::Answer;
use crate::engine::select::LastResult;

pub use schema::{APPLICATION_ID, SCHEMA_VERSION};

/// File name of the store inside the data directory.
pub const FILE_NAME: &str = "dva.db";

/// Why the store cannot be used. None of these modify the file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "{path} was written by a newer dva (store version {found}; this dva knows up to {supported}); it was left untouched: update dva to use it"
    )]
    Newer {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error(
        "{path} is not a dva progress store; it was left untouched (move it away or set DVA_HOME to another folder)"
    )]
    Foreign { path: PathBuf },
    #[error(
        "{path} is read-only: dva cannot record progress in it (make the file and its folder writable, or set DVA_HOME to another folder)"
    )]
    ReadOnly { path: PathBuf },
    #[error(
        "{path} was written by an older dva (store version {found}) and must be upgraded to version {current}, but it is read-only: make the file and its folder writable and run dva again"
    )]
    Outdated {
        path: PathBuf,
        found: i64,
        current: i64,
    },
    #[error("cannot use the progress store {path}: {source}")]
    Sqlite {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error("cannot create the data directory {path}: {source}")]
    Dir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl StoreError {
    /// SQLite refused a write: the file, or its folder, is read-only.
    fn is_read_only(&self) -> bool {
        matches!(
            self,
            StoreError::Sqlite {
                source: rusqlite::Error::SqliteFailure(e, _),
                ..
            } if e.code == rusqlite::ErrorCode::ReadOnly
        )
    }
}

/// How a session was run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Drill,
    Exam,
    Review,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Drill => "drill",
            Mode::Exam => "exam",
            Mode::Review => "review",
        }
    }
}

/// One answer as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerRecord<'a> {
    pub session_id: i64,
    pub question_id: &'a str,
    pub topic: &'a str,
    pub domain: u8,
    /// Letters chosen in the bank's order ("BE"), not the shuffled order.
    pub chosen: String,
    pub correct: bool,
    /// A correct answer the learner marked as a guess.
    pub guess: bool,
    /// Seconds from the question being shown to the answer.
    pub seconds: f64,
    pub answered_at: SystemTime,
    pub mode: Mode,
}

/// A URI opening `path` read-only as a file no one changes, with the
/// characters URIs reserve escaped; `None` for a path that is not UTF-8.
fn immutable_uri(path: &Path) -> Option<String> {
    let mut uri = String::from("file:");
    for c in path.to_str()?.chars() {
        match c {
            '%' | '?' | '#' => uri.push_str(&format!("%{:02X}", c as u32)),
            _ => uri.push(c),
        }
    }
    uri.push_str("?mode=ro&immutable=1");
    Some(uri)
}

/// Check, reading only, that the file at `path` is a dva store no newer
/// than this dva; returns its schema version.
fn probe(conn: &Connection, path: &Path) -> Result<i64, StoreError> {
    let sql = |source| StoreError::Sqlite {
        path: path.to_path_buf(),
        source,
    };
    let app_id: i64 = match conn.pragma_query_value(None, "application_id", |r| r.get(0)) {
        Ok(v) => v,
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::NotADatabase =>
        {
            return Err(StoreError::Foreign {
                path: path.to_path_buf(),
            });
        }
        Err(e) => return Err(sql(e)),
    };
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .map_err(sql)?;
    if app_id != APPLICATION_ID && (app_id != 0 || tables > 0) {
        return Err(StoreError::Foreign {
            path: path.to_path_buf(),
        });
    }
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(sql)?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::Newer {
            path: path.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(version)
}

/// An open progress store.
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) path: PathBuf,
}

impl Store {
    /// Open (creating if needed) the store in `dir`.
    pub fn open_in(dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Dir {
            path: dir.to_path_buf(),
            source,
        })?;
        Store::open(&dir.join(FILE_NAME))
    }

    /// Open (creating if needed) the store at `path`, migrating an older
    /// schema. Refuses a newer or foreign file without writing to it, and a
    /// file this process cannot write.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        // A store SQLite cannot write to (the file, or a -wal file it
        // cannot create in the folder) is reported as read-only.
        let sql = |source| {
            let e = StoreError::Sqlite {
                path: path.to_path_buf(),
                source,
            };
            if e.is_read_only() {
                StoreError::ReadOnly {
                    path: path.to_path_buf(),
                }
            } else {
                e
            }
        };
        let existed = path.metadata().map(|m| m.len() > 0).unwrap_or(false);
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(sql)?;
        conn.busy_timeout(Duration::from_secs(10)).map_err(sql)?;

        // SQLite quietly opens a file it may not write read-only; say so
        // before the first write fails in its own words.
        if conn.is_readonly(MAIN_DB).map_err(sql)? {
            return Err(StoreError::ReadOnly {
                path: path.to_path_buf(),
            });
        }
        if existed {
            // Read-only probes first: nothing is written until the file is
            // known to be ours and not newer.
            probe(&conn, path).map_err(|e| match e {
                StoreError::Sqlite { source, .. } => sql(source),
                e => e,
            })?;
        }

        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(sql)?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(sql)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(sql)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        schema::migrate(&mut store.conn).map_err(|e| match e {
            schema::MigrateError::Newer(found) => StoreError::Newer {
                path: path.to_path_buf(),
                found,
                supported: SCHEMA_VERSION,
            },
            schema::MigrateError::Sqlite(e) => sql(e),
        })?;
        Ok(store)
    }

    /// Open the existing store at `path` for reports, read-only: no
    /// migration, no journal or pragma writes, so a store this process
    /// cannot write can still be read. An older schema is upgraded first
    /// when the file can be written, and reported when it cannot.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let sql = |source| StoreError::Sqlite {
            path: path.to_path_buf(),
            source,
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(sql)?;
        conn.busy_timeout(Duration::from_secs(10)).map_err(sql)?;
        let found = match probe(&conn, path) {
            // SQLite reads a WAL store through its -wal file and must create
            // it when it is missing, which it cannot in a read-only folder.
            // Then no one can be writing the store either: read the file as
            // it is.
            Err(e) if e.is_read_only() => {
                let uri = immutable_uri(path).ok_or(e)?;
                conn = Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
                    .map_err(sql)?;
                probe(&conn, path)?
            }
            probed => probed?,
        };
        if found == SCHEMA_VERSION {
            return Ok(Store {
                conn,
                path: path.to_path_buf(),
            });
        }
        drop(conn);
        match Store::open(path) {
            Err(StoreError::ReadOnly { path }) => Err(StoreError::Outdated {
                path,
                found,
                current: SCHEMA_VERSION,
            }),
            opened => opened,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn err(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    /// Record the start of a session; returns its id.
    pub fn start_session(
        &self,
        mode: Mode,
        topics: &[&str],
        seed: u64,
        planned: usize,
        at: SystemTime,
    ) -> Result<i64, StoreError> {
        self.conn
            .execute(
                "INSERT INTO sessions (mode, topics, seed, planned, started_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    mode.as_str(),
                    topics.join(" "),
                    seed.to_string(),
                    planned as i64,
                    rfc3339(at)
                ],
            )
            .map_err(|e| self.err(e))?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Commit one answer, in its own transaction.
    pub fn record_answer(&self, a: &AnswerRecord) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO answers (session_id, question_id, topic, domain, chosen, correct, guess, seconds, answered_at, mode)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    a.session_id,
                    a.question_id,
                    a.topic,
                    a.domain,
                    a.chosen,
                    a.correct,
                    a.guess,
                    a.seconds,
                    rfc3339(a.answered_at),
                    a.mode.as_str()
                ],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Mark a session finished (or stopped early) at `at`.
    pub fn finish_session(&self, id: i64, at: SystemTime) -> Result<(), StoreError> {
        self.conn
            .execute(
                "UPDATE sessions SET ended_at = ?1 WHERE id = ?2",
                params![rfc3339(at), id],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// The most recent result of every question this learner has answered.
    pub fn last_results(&self) -> Result<HashMap<String, LastResult>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT question_id, correct FROM answers
                 WHERE id IN (SELECT max(id) FROM answers GROUP BY question_id)",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>(0)?, LastResult { correct: r.get(1)? }))
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Every answer ever given, in the order given, as the memory model
    /// replays it. A timestamp that is not RFC 3339 is reported. An exam
    /// question left unanswered is not in it: it counts wrong in the exam's
    /// score, but the learner never tried it, so to the memory model it is
    /// still unseen.
    pub fn answer_log(&self) -> Result<Vec<Answer>, StoreError> {
        self.answer_log_where("WHERE chosen != ''", &[])
    }

    /// The answer log of questions in `topics` only (slugs), for a drill
    /// that needs the memory of its own topics and no more.
    pub fn answer_log_for(&self, topics: &[&str]) -> Result<Vec<Answer>, StoreError> {
        let marks = vec!["?"; topics.len()].join(", ");
        let params: Vec<&dyn rusqlite::ToSql> =
            topics.iter().map(|t| t as &dyn rusqlite::ToSql).collect();
        self.answer_log_where(
            &format!("WHERE chosen != '' AND topic IN ({marks})"),
            &params,
        )
    }

    fn answer_log_where(
        &self,
        filter: &str,
        params: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<Answer>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT question_id, domain, correct, guess, answered_at FROM answers {filter} ORDER BY id"
            ))
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params, |r| {
                let text: String = r.get(4)?;
                let at = chrono::DateTime::parse_from_rfc3339(&text)
                    .map_err(|e| {
                        rusqlite::Error::FromSqlConversionFailure(
                            4,
                            rusqlite::types::Type::Text,
                            format!("answered_at {text:?}: {e}").into(),
                        )
                    })?
                    .to_utc();
                Ok(Answer {
                    question_id: r.get(0)?,
                    domain: r.get(1)?,
                    correct: r.get(2)?,
                    guess: r.get(3)?,
                    at,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Number of answers stored for `session_id`.
    pub fn answers_in_session(&self, session_id: i64) -> Result<i64, StoreError> {
        self.conn
            .query_row(
                "SELECT count(*) FROM answers WHERE session_id = ?1",
                [session_id],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))
    }

    /// The ended time of a session, if it has ended.
    pub fn session_ended(&self, session_id: i64) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row(
                "SELECT ended_at FROM sessions WHERE id = ?1",
                [session_id],
                |r| r.get(0),
            )
            .optional()
            .map(Option::flatten)
            .map_err(|e| self.err(e))
    }
}
