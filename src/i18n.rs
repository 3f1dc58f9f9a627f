//! The interface language: English or Korean, chosen by `--lang`, then
//! `DVA_LANG`, then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG` beginning
//! with `ko`), else English. Interface text lives in `src/locales/`.

use clap::ValueEnum;

/// A language dva speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    /// The locale code of `src/locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Ko,
            Lang::Ko => Lang::En,
        }
    }

    fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s.starts_with("ko") {
            Some(Lang::Ko)
        } else if s.starts_with("en") || s == "c" || s == "posix" {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language for this run: `flag`, else `DVA_LANG`, else the locale.
    pub fn resolve(flag: Option<Lang>) -> Lang {
        if let Some(l) = flag {
            return l;
        }
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        if let Some(l) = var("DVA_LANG").and_then(|v| Lang::parse(&v)) {
            return l;
        }
        // POSIX precedence: the first of these that is set decides.
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(v) = var(name) {
                return if v.to_ascii_lowercase().starts_with("ko") {
                    Lang::Ko
                } else {
                    Lang::En
                };
            }
        }
        Lang::En
    }

    /// The language chosen by `--lang` in raw arguments, for localising
    /// the help text before the arguments are parsed.
    pub fn from_args(args: &[std::ffi::OsString]) -> Option<Lang> {
        let mut it = args.iter().filter_map(|a| a.to_str());
        while let Some(a) = it.next() {
            if a == "--lang" {
                return it.next().and_then(Lang::parse);
            }
            if let Some(v) = a.strip_prefix("--lang=") {
                return Lang::parse(v);
            }
        }
        None
    }
}

/// The message for an error that ends a command, in `lang`:
/// "dva: error: ...".
pub fn error_line(err: &anyhow::Error, lang: Lang) -> String {
    use rust_i18n::t;
    let l = lang.code();
    let message = match err.downcast_ref::<crate::bank::topics::UnknownTopic>() {
        Some(u) => {
            let closest = if u.closest.is_empty() {
                String::new()
            } else {
                t!("error.closest", locale = l, names = u.closest.join(", ")).to_string()
            };
            t!(
                "error.unknown_topic",
                locale = l,
                name = u.name,
                closest = closest
            )
            .to_string()
        }
        None => chain_text(err),
    };
    format!("{} {message}", t!("error.prefix", locale = l))
}

/// An error and its causes joined by ": ", each said once. Errors here
/// often quote their cause (`cannot use the progress store …: {source}`)
/// and rusqlite adds SQLite's "Error code N: text" under its own message,
/// so a cause whose text the previous one already contains is left out.
fn chain_text(err: &anyhow::Error) -> String {
    let mut out = String::new();
    let mut previous = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        let said = previous.to_lowercase();
        let lower = text.to_lowercase();
        let repeats = !previous.is_empty()
            && (said.contains(&lower)
                || sqlite_code_text(&lower).is_some_and(|t| said.contains(t)));
        if !repeats {
            if !out.is_empty() {
                out.push_str(": ");
            }
            out.push_str(&text);
        }
        previous = text;
    }
    out
}

/// The text of SQLite's "error code N: text" (already lowercase), if
/// `lower` is one.
fn sqlite_code_text(lower: &str) -> Option<&str> {
    let rest = lower.strip_prefix("error code ")?;
    let (code, text) = rest.split_once(": ")?;
    code.bytes().all(|b| b.is_ascii_digit()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cause_already_said_is_not_repeated() {
        #[derive(Debug, thiserror::Error)]
        #[error("cannot use the store: {0}")]
        struct Wrap(#[source] rusqlite::Error);
        let sqlite = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(11),
            Some("database disk image is malformed".into()),
        );
        let err = anyhow::Error::new(Wrap(sqlite));
        assert_eq!(
            chain_text(&err),
            "cannot use the store: database disk image is malformed"
        );
        // A cause that adds something is kept.
        let sqlite = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(1),
            Some("no such table: answers".into()),
        );
        let err = anyhow::Error::new(sqlite).context("cannot read");
        assert_eq!(
            chain_text(&err),
            "cannot read: no such table: answers: Error code 1: SQL logic error"
        );
    }

    #[test]
    fn parses_codes_and_locales() {
        assert_eq!(Lang::parse("ko_KR.UTF-8"), Some(Lang::Ko));
        assert_eq!(Lang::parse("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::parse("C"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        let args: Vec<std::ffi::OsString> = ["dva", "drill", "--lang", "ko", "kms"]
            .iter()
            .map(Into::into)
            .collect();
        assert_eq!(Lang::from_args(&args), Some(Lang::Ko));
        let args: Vec<std::ffi::OsString> = ["dva", "--lang=en"].iter().map(Into::into).collect();
        assert_eq!(Lang::from_args(&args), Some(Lang::En));
    }
}
