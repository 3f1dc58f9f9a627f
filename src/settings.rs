//! What the learner typed, resolved once: terminal or not, colour, the data
//! directory and the banks to load. Nothing below this sees raw arguments.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::SystemTime;

use anyhow::{Result, bail};
use rust_i18n::t;

use crate::bank::Bank;
use crate::cli::{ColorChoice, Global};
use crate::engine::clock::{self, Clock, ShiftedClock, SystemClock};
use crate::i18n::{Lang, message};
use crate::store::Store;
use crate::ui::render::Look;

/// Hidden: start dva's clock at this RFC 3339 time instead of now, so that
/// tests can place answers and reviews on any date.
pub const NOW_VAR: &str = "DVA_NOW";

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
    /// Language of questions and interface.
    pub lang: Lang,
    /// Where the clock starts when `DVA_NOW` says; `None` for the real time.
    pub now: Option<SystemTime>,
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
            lang: Lang::resolve(global.lang),
            now: now_from_env()?,
        })
    }

    /// The moment reports and schedules are computed for: `DVA_NOW` exactly
    /// when set (so that they are reproducible), else the real time.
    pub fn now(&self) -> SystemTime {
        self.now.unwrap_or_else(SystemTime::now)
    }

    /// The clock sessions run on: the real one, or one that starts at
    /// `DVA_NOW` and runs at the real pace from there, so that timed exams
    /// still count down.
    pub fn clock(&self) -> Box<dyn Clock> {
        match self.now {
            Some(start) => Box::new(ShiftedClock::starting_at(start)),
            None => Box::new(SystemClock),
        }
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
            eprintln!("{} {w}", t!("error.warning", locale = self.lang.code()));
        }
        bank
    }

    /// How output looks: colour, wrapping at `width` columns in a terminal,
    /// and the language.
    pub fn look(&self, width: usize) -> Look {
        // Never wider than the terminal, which may be narrower than the
        // layout would like (40 columns at least, to stay readable).
        let columns = console::Term::stdout()
            .size_checked()
            .map(|(_, cols)| usize::from(cols).max(40));
        Look {
            color: self.color,
            width: self
                .interactive
                .then(|| columns.map_or(width, |c| width.min(c))),
            lang: self.lang,
        }
    }

    /// The store for writing, created if needed.
    pub fn open_store(&self) -> Result<Store> {
        Ok(Store::open_in(&self.data_dir)?)
    }

    /// The store for reading, or `None` when there is none yet: reports
    /// never create one, and read a store they cannot write.
    pub fn open_existing_store(&self) -> Result<Option<Store>> {
        let path = self.data_dir.join(crate::store::FILE_NAME);
        if !path.exists() {
            return Ok(None);
        }
        Ok(Some(Store::open_read_only(&path)?))
    }
}

/// `DVA_NOW`, when set and not empty. This is the only place that reads it.
fn now_from_env() -> Result<Option<SystemTime>> {
    let Some(raw) = std::env::var_os(NOW_VAR).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let text = raw.to_string_lossy();
    match clock::parse_rfc3339(&text) {
        Some(t) => Ok(Some(t)),
        None => bail!(message!("error.bad_now", var = NOW_VAR, value = text)),
    }
}

/// `DVA_HOME` when set, else the platform's data directory for dva.
pub fn data_dir() -> Result<PathBuf> {
    if let Some(home) = std::env::var_os("DVA_HOME").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(home));
    }
    directories::ProjectDirs::from("", "", "dva")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or_else(|| message!("error.no_home").into())
}
