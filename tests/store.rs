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

/// The store, made read-only (file 444, folder 555) after a drill, as seen
/// by a user those modes bind: this one, or `nobody` when tests run as root
/// (as in CI), since root writes whatever the modes say.
#[cfg(unix)]
mod read_only {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    use std::os::unix::process::CommandExt;
    use std::path::PathBuf;
    use std::process::{Command, Output, Stdio};

    use super::common::{self, Dva};

    const NOBODY: u32 = 65534;

    /// A home whose store is read-only until dropped, and commands run as a
    /// user who cannot write it.
    pub struct Locked {
        pub dva: Dva,
        root: bool,
        bin: PathBuf,
        /// A folder open to that user holding a link to or copy of dva,
        /// when the build folder is closed to them (a checkout in /root).
        _bin_dir: Option<tempfile::TempDir>,
    }

    impl Locked {
        /// `None`, with a note, when no such user can run dva here.
        pub fn new(dva: Dva) -> Option<Locked> {
            let root = std::fs::metadata(dva.home()).unwrap().uid() == 0;
            set_mode(&dva.store(), 0o444);
            set_mode(dva.home(), 0o555);
            let mut locked = Locked {
                dva,
                root,
                bin: PathBuf::from(env!("CARGO_BIN_EXE_dva")),
                _bin_dir: None,
            };
            if !locked.runs() {
                let dir = tempfile::tempdir().unwrap();
                set_mode(dir.path(), 0o755);
                let bin = dir.path().join("dva");
                if std::fs::hard_link(&locked.bin, &bin).is_err() {
                    std::fs::copy(&locked.bin, &bin).unwrap();
                }
                locked.bin = bin;
                locked._bin_dir = Some(dir);
            }
            // The user must reach the store and run dva, but not write it.
            let store = locked.dva.store();
            let readable = locked.sh("test -r \"$1\"", &store);
            let writable = locked.sh("test -w \"$1\"", &store);
            let runs = locked.runs();
            if readable != Some(true) || writable != Some(false) || !runs {
                eprintln!(
                    "note: skipped: no user here is bound by the store's modes \
                     (root: {root}, readable: {readable:?}, writable: {writable:?}, runs dva: {runs})"
                );
                return None;
            }
            Some(locked)
        }

        fn runs(&self) -> bool {
            self.command()
                .arg("--version")
                .stdout(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        }

        fn command(&self) -> Command {
            let mut c = Command::new(&self.bin);
            common::english(&mut c);
            c.env("DVA_HOME", self.dva.home())
                .env("NO_COLOR", "1")
                .stdin(Stdio::null());
            if self.root {
                c.uid(NOBODY).gid(NOBODY);
            }
            c
        }

        /// Whether `test` succeeds in sh as the user; `None` if sh cannot
        /// be run as the user.
        fn sh(&self, test: &str, path: &std::path::Path) -> Option<bool> {
            let mut c = Command::new("sh");
            c.args(["-c", test, "sh"]).arg(path);
            if self.root {
                c.uid(NOBODY).gid(NOBODY);
            }
            c.status().ok().map(|s| s.success())
        }

        /// `dva ARGS...` as the user.
        pub fn run(&self, args: &[&str]) -> Output {
            self.command().args(args).output().unwrap()
        }
    }

    impl Drop for Locked {
        fn drop(&mut self) {
            set_mode(self.dva.home(), 0o755);
            set_mode(&self.dva.store(), 0o644);
        }
    }

    fn set_mode(path: &std::path::Path, mode: u32) {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
}

/// A home with a drill of three kms answers in session 1.
fn drilled() -> Dva {
    let dva = Dva::new();
    dva.cmd()
        .args(["drill", "kms", "-n", "3", "--seed", "4"])
        .write_stdin("A\nA,B\nA,B,C\n".repeat(3))
        .assert()
        .success();
    assert_eq!(answers(&dva.store()).len(), 3);
    dva
}

#[cfg(unix)]
#[test]
fn a_read_only_store_is_read_by_reports_and_refused_by_sessions() {
    let dva = drilled();
    let before = std::fs::read(dva.store()).unwrap();
    let Some(locked) = read_only::Locked::new(dva) else {
        return;
    };
    let reports: &[&[&str]] = &[
        &["stats"],
        &["stats", "--json"],
        &["history"],
        &["history", "1"],
        &["export"],
        &["export", "--what", "sessions"],
        &["exam", "review"],
        &["review", "--due"],
        &["review", "--forecast"],
    ];
    for args in reports {
        let out = locked.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "dva {args:?}: {stderr}");
        assert!(!stderr.contains("error"), "dva {args:?}: {stderr}");
    }
    let history = String::from_utf8(locked.run(&["history", "1"]).stdout).unwrap();
    assert!(history.contains("kms-"), "{history}");

    let store = locked.dva.store().display().to_string();
    for args in [
        &["drill", "kms", "-n", "1"][..],
        &["exam"],
        &["review"],
        &["resume"],
    ] {
        let out = locked.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "dva {args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "dva {args:?}: {stderr}");
        assert!(
            stderr.contains(&format!("{store} is read-only")),
            "dva {args:?}: {stderr}"
        );
    }
    assert_eq!(std::fs::read(locked.dva.store()).unwrap(), before);
    assert!(!locked.dva.home().join("dva.db-wal").exists());
}

#[cfg(unix)]
#[test]
fn a_read_only_store_that_needs_an_upgrade_says_so() {
    let dva = drilled();
    // Back to schema version 2, before the exam guess mark.
    let conn = rusqlite::Connection::open(dva.store()).unwrap();
    conn.execute_batch("ALTER TABLE exam_items DROP COLUMN guess; PRAGMA user_version = 2;")
        .unwrap();
    drop(conn);
    let before = std::fs::read(dva.store()).unwrap();
    let Some(locked) = read_only::Locked::new(dva) else {
        return;
    };
    let out = locked.run(&["stats"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("older dva"), "{stderr}");
    assert!(stderr.contains("is read-only"), "{stderr}");
    assert_eq!(std::fs::read(locked.dva.store()).unwrap(), before);
}

#[test]
fn a_report_upgrades_an_older_store_it_can_write() {
    let dva = drilled();
    let conn = rusqlite::Connection::open(dva.store()).unwrap();
    conn.execute_batch("ALTER TABLE exam_items DROP COLUMN guess; PRAGMA user_version = 2;")
        .unwrap();
    drop(conn);
    dva.cmd()
        .arg("stats")
        .assert()
        .success()
        .stdout(predicate::str::contains("3 answers"));
    let conn = rusqlite::Connection::open(dva.store()).unwrap();
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, dva::store::SCHEMA_VERSION);
}

/// The one line of stderr of a command that must fail with code 2.
fn failure(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.write_stdin("").assert().code(2).get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(!stderr.contains("Error code"), "{stderr}");
    stderr
}

#[test]
fn a_store_error_says_its_cause_once() {
    // DVA_HOME inside a regular file: no folder can be made there, even as root.
    let dva = Dva::new();
    let file = dva.home().join("notes.txt");
    std::fs::write(&file, "not a folder").unwrap();
    let stderr = failure(
        dva.cmd()
            .env("DVA_HOME", file.join("dva"))
            .args(["drill", "kms", "-n", "1"]),
    );
    assert!(
        stderr.contains("cannot create the data directory"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("os error").count(), 1, "{stderr}");

    // A folder where the store file should be: SQLite cannot open it.
    let dva = Dva::new();
    std::fs::create_dir(dva.store()).unwrap();
    let stderr = failure(dva.cmd().args(["drill", "kms", "-n", "1"]));
    assert_eq!(
        stderr.matches("unable to open database file").count(),
        1,
        "{stderr}"
    );

    // A store cut short: its tables point past the end of the file.
    let dva = drilled();
    let whole = std::fs::read(dva.store()).unwrap();
    std::fs::write(dva.store(), &whole[..4096]).unwrap();
    for command in ["stats", "history"] {
        let stderr = failure(dva.cmd().arg(command));
        assert_eq!(
            stderr.matches("database disk image is malformed").count(),
            1,
            "dva {command}: {stderr}"
        );
    }
}
