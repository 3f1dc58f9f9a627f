//! The store's schema and its versioned migrations. `PRAGMA user_version`
//! holds how many migrations have run; `PRAGMA application_id` marks the file
//! as a dva store.

use rusqlite::{Connection, TransactionBehavior};

/// "dva1" in ASCII: marks a SQLite file as a dva store.
pub const APPLICATION_ID: i64 = 0x6476_6131;

/// Migrations in order; never edit one that has shipped, add a new one.
const MIGRATIONS: &[&str] = &[
    // 1: sessions and answers.
    "CREATE TABLE sessions (
        id          INTEGER PRIMARY KEY,
        mode        TEXT    NOT NULL,          -- drill | exam | review
        topics      TEXT    NOT NULL,          -- topic slugs, space-separated
        seed        TEXT    NOT NULL,          -- the random seed, for reproducing it
        planned     INTEGER NOT NULL,          -- questions planned
        started_at  TEXT    NOT NULL,          -- RFC 3339, UTC
        ended_at    TEXT                       -- NULL while running or if interrupted
    );
    CREATE TABLE answers (
        id          INTEGER PRIMARY KEY,
        session_id  INTEGER NOT NULL REFERENCES sessions(id),
        question_id TEXT    NOT NULL,
        topic       TEXT    NOT NULL,          -- kept so stats survive bank changes
        domain      INTEGER NOT NULL,          -- 1 to 4
        chosen      TEXT    NOT NULL,          -- letters in the bank's order, e.g. BE
        correct     INTEGER NOT NULL,          -- 1 or 0 (all-or-nothing)
        guess       INTEGER NOT NULL DEFAULT 0,-- 1 when marked as a guess
        seconds     REAL    NOT NULL,          -- time to answer
        answered_at TEXT    NOT NULL,          -- RFC 3339, UTC
        mode        TEXT    NOT NULL           -- drill | exam | review
    );
    CREATE INDEX answers_by_question ON answers (question_id, id);
    CREATE INDEX answers_by_session ON answers (session_id);",
    // 2: mock exams, saved as they change so they can be resumed, and the
    // final-exam reserve.
    "CREATE TABLE exams (
        session_id  INTEGER PRIMARY KEY REFERENCES sessions(id),
        time_limit  REAL,                      -- seconds; NULL when untimed
        elapsed     REAL    NOT NULL DEFAULT 0,-- seconds used; the clock runs only while dva runs
        position    INTEGER NOT NULL DEFAULT 0,-- 0-based question on screen
        status      TEXT    NOT NULL,          -- in_progress | finished | discarded
        final       INTEGER NOT NULL DEFAULT 0,-- 1 for the --final exam
        domain      INTEGER                    -- --domain filter, NULL for all
    );
    CREATE TABLE exam_items (
        session_id  INTEGER NOT NULL REFERENCES exams(session_id),
        position    INTEGER NOT NULL,          -- 0-based
        question_id TEXT    NOT NULL,
        choice_order TEXT   NOT NULL,          -- bank letters in display order, e.g. CADB
        chosen      TEXT,                      -- letters in the bank's order; NULL when unanswered
        flagged     INTEGER NOT NULL DEFAULT 0,
        answered_at REAL,                      -- exam seconds used when last answered
        PRIMARY KEY (session_id, position)
    );
    CREATE TABLE final_reserve (
        question_id TEXT PRIMARY KEY,
        position    INTEGER NOT NULL
    );
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );",
    // 3: the guess mark on exam answers, logged to answers.guess at the end.
    "ALTER TABLE exam_items ADD COLUMN guess INTEGER NOT NULL DEFAULT 0;",
];

/// The schema version this dva writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

#[derive(Debug)]
pub enum MigrateError {
    Newer(i64),
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for MigrateError {
    fn from(e: rusqlite::Error) -> Self {
        MigrateError::Sqlite(e)
    }
}

/// Bring the schema up to date. The version is read again inside an
/// immediate transaction so two processes never run a migration twice.
pub fn migrate(conn: &mut Connection) -> Result<(), MigrateError> {
    let quick: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if quick == SCHEMA_VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(MigrateError::Newer(version));
    }
    for sql in &MIGRATIONS[version as usize..] {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_2_store_gains_the_exam_guess_mark() {
        let mut conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..2] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 2).unwrap();
        conn.execute_batch(
            "INSERT INTO sessions (mode, topics, seed, planned, started_at) VALUES ('exam', 'kms', '1', 1, '2026-01-01T00:00:00Z');
             INSERT INTO exams (session_id, status) VALUES (1, 'in_progress');
             INSERT INTO exam_items (session_id, position, question_id, choice_order) VALUES (1, 0, 'kms-001', 'ABCD');",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let guess: i64 = conn
            .query_row("SELECT guess FROM exam_items", [], |r| r.get(0))
            .unwrap();
        assert_eq!(guess, 0);
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
    }
}
