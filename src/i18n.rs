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

/// An error whose message is interface text: a key of `src/locales/` and
/// its arguments. `error_line` words it in the learner's language; its
/// `Display` is the English text. Build one with `message!`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    key: &'static str,
    args: Vec<(&'static str, String)>,
}

impl Message {
    pub fn new(key: &'static str) -> Self {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// Fill `%{name}` with `value`.
    pub fn arg(mut self, name: &'static str, value: impl std::fmt::Display) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let template = rust_i18n::t!(self.key, locale = lang.code());
        let names: Vec<&str> = self.args.iter().map(|(n, _)| *n).collect();
        let values: Vec<String> = self.args.iter().map(|(_, v)| v.clone()).collect();
        rust_i18n::replace_patterns(&template, &names, &values)
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for Message {}

/// A `Message` from a key and named arguments, as `t!` takes them:
/// `bail!(message!("exam.no_exam", id = id))`.
macro_rules! message {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($key)$(.arg(stringify!($name), &$value))*
    };
}
pub(crate) use message;

/// The message for an error that ends a command, in `lang`:
/// "dva: error: ...".
pub fn error_line(err: &anyhow::Error, lang: Lang) -> String {
    let prefix = rust_i18n::t!("error.prefix", locale = lang.code());
    format!("{prefix} {}", chain_text(err, lang))
}

/// The text of an error dva words itself (`Message`, `UnknownTopic`), in
/// `lang`; `None` for any other error.
fn localized(err: &(dyn std::error::Error + 'static), lang: Lang) -> Option<String> {
    if let Some(m) = err.downcast_ref::<Message>() {
        return Some(m.text(lang));
    }
    let u = err.downcast_ref::<crate::bank::topics::UnknownTopic>()?;
    Some(unknown_topic(u, lang))
}

fn unknown_topic(u: &crate::bank::topics::UnknownTopic, lang: Lang) -> String {
    use rust_i18n::t;
    let l = lang.code();
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

/// An error and its causes joined by ": ", each said once, the ones dva
/// words itself in `lang`. Errors here often quote their cause (`cannot
/// use the progress store …: {source}`) and rusqlite adds SQLite's "Error
/// code N: text" under its own message, so a cause whose text the previous
/// one already contains is left out.
fn chain_text(err: &anyhow::Error, lang: Lang) -> String {
    let mut out = String::new();
    let mut previous = String::new();
    for (i, cause) in err.chain().enumerate() {
        // The outermost error may be a context (`.context(message!(..))`),
        // which only `anyhow::Error` itself can downcast.
        let own = if i == 0 {
            err.downcast_ref::<Message>().map(|m| m.text(lang))
        } else {
            None
        };
        let text = own
            .or_else(|| localized(cause, lang))
            .unwrap_or_else(|| cause.to_string());
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
            chain_text(&err, Lang::En),
            "cannot use the store: database disk image is malformed"
        );
        // A cause that adds something is kept.
        let sqlite = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(1),
            Some("no such table: answers".into()),
        );
        let err = anyhow::Error::new(sqlite).context("cannot read");
        assert_eq!(
            chain_text(&err, Lang::En),
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
