//! The progress store: nothing answered is lost, and a store dva cannot own
//! is reported and left untouched.

mod common;

use common::{Dva, answers, letter_of, practice_bank};
use predicates::prelude::*;

#[test]
fn answers_survive_kill_9() {
    let dva = Dva::new();
    let bank = practice_bank();
    let mut live = dva.spawn(&[
        "drill", "codestar", "-n", "3", "--seed", "2", "--bank", &bank,
    ]);
    for _ in 0..2 {
        let q = live.until("or q to stop: ");
        let key: String = letter_of(&q, "KEYED").into_iter().collect();
        live.send(&key);
        live.until("Correct.");
    }
    // The third question is on screen, unanswered: kill without warning.
    live.until("or q to stop: ");
    live.child.kill().unwrap(); // SIGKILL on Unix
    live.child.wait().unwrap();
    let stored = answers(&dva.store());
    assert_eq!(stored.len(), 2);
    assert!(stored.iter().all(|(_, _, correct)| *correct));
}

fn write_store_with_version(path: &std::path::Path, version: i64) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA application_id = {}; PRAGMA user_version = {version}; CREATE TABLE future (x);",
        dva::store::APPLICATION_ID
    ))
    .unwrap();
}

#[test]
fn a_store_from_a_newer_dva_is_reported_and_untouched() {
    let dva = Dva::new();
    let path = dva.store();
    write_store_with_version(&path, dva::store::SCHEMA_VERSION + 5);
    let before = std::fs::read(&path).unwrap();
    dva.cmd()
        .args(["drill", "kms", "-n", "1"])
        .write_stdin("A\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("newer dva"))
        .stderr(predicate::str::contains("left untouched"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!dva.home().join("dva.db-wal").exists());
}

#[test]
fn a_file_that_is_not_a_store_is_reported_and_untouched() {
    for content in [
        &b"my notes, not a database\n"[..],
        &b"SQLite format 3\0garbage"[..],
    ] {
        let dva = Dva::new();
        let path = dva.store();
        std::fs::write(&path, content).unwrap();
        dva.cmd()
            .args(["drill", "kms", "-n", "1"])
            .write_stdin("A\n")
            .assert()
            .code(2)
            .stderr(
                predicate::str::contains("is not a dva progress store")
                    .or(predicate::str::contains("cannot use the progress store")),
            );
        assert_eq!(std::fs::read(&path).unwrap(), content);
    }
}

#[test]
fn another_programs_database_is_not_taken_over() {
    let dva = Dva::new();
    let path = dva.store();
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE invoices (id INTEGER);")
        .unwrap();
    drop(conn);
    let before = std::fs::read(&path).unwrap();
    dva.cmd()
        .args(["drill", "kms", "-n", "1"])
        .write_stdin("A\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a dva progress store"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn two_processes_at_once_both_store_every_answer() {
    let dva = Dva::new();
    // Create the store first so both processes open an existing file.
    dva.cmd()
        .args(["drill", "kms", "-n", "1"])
        .write_stdin("")
        .assert()
        .success();
    // Each item takes one of these lines and refuses the others (wrong
    // count), so every question is answered within three lines.
    let answers_in = "A\nA,B\nA,B,C\n".repeat(8);
    let spawn = || {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_dva"));
        c.args(["drill", "lambda", "dynamodb", "-n", "8"])
            .env("DVA_HOME", dva.home())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        let mut child = c.spawn().unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(answers_in.as_bytes())
            .unwrap();
        child
    };
    let (a, b) = (spawn(), spawn());
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(answers(&dva.store()).len(), 16);
    let conn = rusqlite::Connection::open(dva.store()).unwrap();
    let sessions: i64 = conn
        .query_row("SELECT count(*) FROM sessions", [], |r| r.get(0))
        .unwrap();
    // The first run answered nothing, so it stored no session.
    assert_eq!(sessions, 2);
}

#[test]
fn a_new_store_is_marked_and_versioned() {
    let dva = Dva::new();
    dva.cmd()
        .args(["drill", "kms", "-n", "1"])
        .write_stdin("")
        .assert()
        .success();
    let conn = rusqlite::Connection::open(dva.store()).unwrap();
    let app: i64 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(app, dva::store::APPLICATION_ID);
    assert_eq!(version, dva::store::SCHEMA_VERSION);
}
