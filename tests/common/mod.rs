//! Running the real dva binary in a temporary DVA_HOME.
#![allow(dead_code)]

pub mod seed;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

pub struct Dva {
    pub home: tempfile::TempDir,
}

impl Dva {
    pub fn new() -> Self {
        Dva {
            home: tempfile::tempdir().unwrap(),
        }
    }

    pub fn home(&self) -> &Path {
        self.home.path()
    }

    pub fn store(&self) -> PathBuf {
        self.home().join("dva.db")
    }

    /// A command for the binary with this home, no colour, plain mode.
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut c = assert_cmd::Command::new(env!("CARGO_BIN_EXE_dva"));
        c.env("DVA_HOME", self.home())
            .env("NO_COLOR", "1")
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("DVA_LANG");
        c
    }

    /// The stdout of `dva ARGS` fed `stdin`, which must succeed.
    pub fn stdout(&self, args: &[&str], stdin: &str) -> String {
        stdout_of(self.cmd().args(args).write_stdin(stdin.to_string()))
    }

    /// Start the binary with piped stdin/stdout for a conversation.
    pub fn spawn(&self, args: &[&str]) -> Live {
        self.spawn_with(args, &[])
    }

    /// `spawn` with extra environment variables (DVA_NOW, TZ).
    pub fn spawn_with(&self, args: &[&str], env: &[(&str, &str)]) -> Live {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_dva"));
        english(&mut cmd);
        let mut child = cmd
            .args(args)
            .env("DVA_HOME", self.home())
            .env("NO_COLOR", "1")
            .envs(env.iter().copied())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().unwrap();
        Live {
            child,
            stdin,
            rx: reader(stdout),
            seen: String::new(),
        }
    }
}

/// English, whatever the machine's locale: tests that want Korean ask for it.
pub fn english(cmd: &mut Command) {
    cmd.env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("DVA_LANG");
}

fn reader(mut stdout: ChildStdout) -> Receiver<Vec<u8>> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        loop {
            match stdout.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if tx.send(buf[..n].to_vec()).is_err() {
                        break;
                    }
                }
            }
        }
    });
    rx
}

/// A running dva with its output read as it comes.
pub struct Live {
    pub child: Child,
    stdin: Option<ChildStdin>,
    rx: Receiver<Vec<u8>>,
    /// Everything read so far and not yet consumed by `until`.
    seen: String,
}

impl Live {
    /// Read until `needle` appears; return the text up to and including it.
    pub fn until(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(i) = self.seen.find(needle) {
                let end = i + needle.len();
                let head: String = self.seen[..end].to_string();
                self.seen = self.seen[end..].to_string();
                return head;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(bytes) => self.seen.push_str(&String::from_utf8_lossy(&bytes)),
                Err(_) => panic!(
                    "timed out waiting for {needle:?}; output so far:\n{}",
                    self.seen
                ),
            }
        }
    }

    pub fn send(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().unwrap();
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
    }

    pub fn close_stdin(&mut self) {
        self.stdin = None;
    }

    /// The rest of the output, after the process ends.
    pub fn finish(mut self) -> (std::process::ExitStatus, String) {
        self.stdin = None;
        let status = self.child.wait().unwrap();
        while let Ok(bytes) = self.rx.recv_timeout(Duration::from_secs(5)) {
            self.seen.push_str(&String::from_utf8_lossy(&bytes));
        }
        (status, self.seen)
    }
}

/// The displayed letter of the option whose text contains `marker`, from a
/// rendered question ("  B. KEYED one").
pub fn letter_of(question: &str, marker: &str) -> Vec<char> {
    question
        .lines()
        .filter(|l| l.contains(marker))
        .filter_map(|l| {
            let t = l.trim_start();
            let c = t.chars().next()?;
            (t[1..].starts_with(". ") && c.is_ascii_uppercase()).then_some(c)
        })
        .collect()
}

pub fn practice_bank() -> String {
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/banks/valid/practice.toml"
    )
    .to_string()
}

/// Rows of the answers table: (question_id, chosen, correct).
pub fn answers(store: &Path) -> Vec<(String, String, bool)> {
    let conn = rusqlite::Connection::open(store).unwrap();
    let mut stmt = conn
        .prepare("SELECT question_id, chosen, correct FROM answers ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// A fresh home with the standard seeded store.
pub fn seeded() -> Dva {
    let dva = Dva::new();
    seed::standard(&dva.store());
    dva
}

/// The stdout of a command, which must succeed.
pub fn stdout_of(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

/// The stdout of `dva COMMAND ARGS...` at `seed::NOW`, which must succeed.
pub fn report(dva: &Dva, command: &str, args: &[&str]) -> String {
    stdout_of(dva.cmd().env("DVA_NOW", seed::NOW).arg(command).args(args))
}

/// The widest line of `text`, in terminal columns.
pub fn widest(text: &str) -> usize {
    text.lines()
        .map(console::measure_text_width)
        .max()
        .unwrap_or(0)
}
