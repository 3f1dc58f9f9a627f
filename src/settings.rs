//! What the learner typed, resolved once: terminal or not, colour, the data
//! directory and the banks to load. Nothing below this sees raw arguments.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::SystemTime;

use anyhow::{Context, Result};

use crate::bank::Bank;
use crate::cli::{ColorChoice, Global};
use crate::store::Store;

/// Resolved settings for one run.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Interactive terminal front end (stdin and stdout are terminals, no --plain).
    pub interactive: bool,
    /// ANSI styling on stdout.
    pub color: bool,
    /// Where the store and the learner's banks live.
    pub data_dir: PathBuf,
    /// Extra bank paths from --bank.
    pub banks: Vec<PathBuf>,
    /// "Now" for progress reports (the last 30 days, `--since`): the clock,
    /// or `DVA_NOW` in tests (see [`now`]).
    pub now: SystemTime,
}

impl Settings {
    pub fn resolve(global: &Global) -> Result<Settings> {
        let terminal = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
        let interactive = terminal && !global.plain;
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
            || std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let color = match global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => interactive && !no_color,
        };
        Ok(Settings {
            interactive,
            color,
            data_dir: data_dir()?,
            banks: global.bank.clone(),
            now: now()?,
        })
    }

    /// The built-in bank, the learner's `banks/` folder and any --bank paths.
    /// Problems with the learner's banks are reported on stderr and skipped.
    pub fn load_bank(&self) -> Bank {
        let mut paths = Vec::new();
        let own = self.data_dir.join("banks");
        if own.is_dir() {
            paths.push(own);
        }
        paths.extend(self.banks.iter().cloned());
        let bank = if paths.is_empty() {
            Bank::builtin()
        } else {
            Bank::with_user_banks(&paths)
        };
        for w in &bank.warnings {
            eprintln!("dva: warning: {w}");
        }
        bank
    }

    pub fn open_store(&self) -> Result<Store> {
        Ok(Store::open_in(&self.data_dir)?)
    }

    /// The store, or `None` when there is none yet: reports never create one.
    pub fn open_existing_store(&self) -> Result<Option<Store>> {
        let path = self.data_dir.join(crate::store::FILE_NAME);
        if !path.exists() {
            return Ok(None);
        }
        Ok(Some(Store::open(&path)?))
    }
}

/// The time progress reports are computed at. `DVA_NOW` (RFC 3339, such as
/// `2026-03-31T12:00:00Z`) is for tests only, so that "the last 30 days" and
/// `--since` give exact results; it is read here and nowhere else, and it
/// never changes the times dva stores.
pub fn now() -> Result<SystemTime> {
    match std::env::var("DVA_NOW") {
        Ok(v) if !v.is_empty() => humantime::parse_rfc3339_weak(&v)
            .with_context(|| format!("DVA_NOW is not an RFC 3339 time: `{v}`")),
        _ => Ok(SystemTime::now()),
    }
}

/// `DVA_HOME` when set, else the platform's data directory for dva.
pub fn data_dir() -> Result<PathBuf> {
    if let Some(home) = std::env::var_os("DVA_HOME").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(home));
    }
    directories::ProjectDirs::from("", "", "dva")
        .map(|d| d.data_dir().to_path_buf())
        .context("cannot find a home directory for dva's data; set DVA_HOME")
}
