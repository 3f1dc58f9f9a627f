//! The question bank: the built-in banks compiled into the binary, plus the
//! learner's own bank files, with lookups by id and topic.

pub mod model;
pub mod notes;
pub mod parse;
pub mod stats;
pub mod topics;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub use model::{Diagnostic, Difficulty, Question, Text, Texts};

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/sources.rs"));
    /// The built-in items' classification, checked at build time (postcard).
    pub const INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.bin"));
    /// Each item's text, encoded on its own (postcard), located by the index.
    pub static TEXTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/texts.bin"));
}

/// The built-in bank files as `(name, TOML text)`, for `dva bank check`.
pub fn builtin_sources() -> Vec<(String, String)> {
    builtin::SOURCES
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect()
}

/// All questions a session can draw from.
#[derive(Debug, Default)]
pub struct Bank {
    questions: Vec<Question>,
    index: HashMap<String, usize>,
    /// One line per user bank file that was skipped or trimmed, naming it.
    pub warnings: Vec<String>,
}

impl Bank {
    /// The built-in bank alone. It was checked when dva was built, so this
    /// cannot fail short of a corrupt binary.
    pub fn builtin() -> Bank {
        Bank::from_questions(model::decode(builtin::INDEX, builtin::TEXTS))
    }

    pub fn from_questions(questions: Vec<Question>) -> Bank {
        let index = questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.clone(), i))
            .collect();
        Bank {
            questions,
            index,
            warnings: Vec::new(),
        }
    }

    /// The built-in bank plus user bank files found at `paths` (files or
    /// folders). A user file with any problem is skipped whole, with a
    /// warning that names it; the rest load.
    pub fn with_user_banks(paths: &[PathBuf]) -> Bank {
        let mut bank = Bank::builtin();
        let (files, warnings) = bank_files(paths);
        bank.warnings = warnings;
        if files.is_empty() {
            return bank;
        }
        let reserved: Vec<(String, String)> = bank
            .questions
            .iter()
            .map(|q| (q.id.clone(), format!("{} (built-in)", q.source)))
            .collect();
        for (name, text) in files {
            let checked = parse::parse_many(&[(name.clone(), text)], &reserved);
            if let Some(first) = checked.diagnostics.first() {
                bank.warnings.push(format!(
                    "skipped bank {name}: {} problem(s), the first: {first} (run `dva bank check {name}`)",
                    checked.diagnostics.len()
                ));
                continue;
            }
            for q in checked.questions {
                if bank.index.contains_key(&q.id) {
                    bank.warnings.push(format!(
                        "skipped {} in {name}: its id is already loaded",
                        q.id
                    ));
                    continue;
                }
                bank.index.insert(q.id.clone(), bank.questions.len());
                bank.questions.push(q);
            }
        }
        bank
    }

    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    pub fn get(&self, id: &str) -> Option<&Question> {
        self.index.get(id).map(|&i| &self.questions[i])
    }

    /// Questions whose topic is one of `slugs`, in bank order.
    pub fn in_topics<'a>(&'a self, slugs: &[&str]) -> Vec<&'a Question> {
        self.questions
            .iter()
            .filter(|q| slugs.contains(&q.topic.as_str()))
            .collect()
    }

    /// Number of questions per topic slug.
    pub fn count_by_topic(&self) -> HashMap<&str, usize> {
        let mut counts = HashMap::new();
        for q in &self.questions {
            *counts.entry(q.topic.as_str()).or_default() += 1;
        }
        counts
    }
}

/// Read the `.toml` files at `paths` (a folder contributes the `.toml`
/// files directly inside it, in name order) as `(name, text)`, and a
/// warning for each path that could not be read.
pub fn bank_files(paths: &[PathBuf]) -> (Vec<(String, String)>, Vec<String>) {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    for path in paths {
        let list = if path.is_dir() {
            match std::fs::read_dir(path) {
                Ok(entries) => {
                    let mut v: Vec<PathBuf> = entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                        .collect();
                    v.sort();
                    v
                }
                Err(e) => {
                    warnings.push(format!("skipped bank folder {}: {e}", path.display()));
                    continue;
                }
            }
        } else {
            vec![path.clone()]
        };
        for p in list {
            match read_text(&p) {
                Ok(text) => files.push((p.display().to_string(), text)),
                Err(e) => warnings.push(format!("skipped bank {}: {e}", p.display())),
            }
        }
    }
    (files, warnings)
}

fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())
}
