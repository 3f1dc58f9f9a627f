//! The bank's data model: a question with its stem, choices, key and the
//! teaching content behind it. Also compiled into `build.rs`.

use serde::{Deserialize, Serialize};

/// How hard an item is meant to be, as its author judged it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub const ALL: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard];

    pub fn as_str(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }

    pub fn parse(s: &str) -> Option<Difficulty> {
        Difficulty::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// The text of an item in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub stem: String,
    /// 4 to 6 options, in the bank's order.
    pub choices: Vec<String>,
    pub explanation: String,
    /// One per choice, in the bank's order: why it is right or wrong.
    pub rationale: Vec<String>,
}

/// One exam item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Unique across all banks, never reused ("dynamodb-003").
    pub id: String,
    /// Topic slug from the blueprint.
    pub topic: String,
    /// Exam domain, 1 to 4.
    pub domain: u8,
    /// Exam-guide task statement inside `domain` ("1.3").
    pub task: String,
    /// Study-notes sections the item drills ("11.2"); may be empty.
    pub notes: Vec<String>,
    pub difficulty: Difficulty,
    /// Indices into `text.choices` of the correct options, ascending. One for
    /// multiple choice, two or more for multiple response.
    pub key: Vec<u8>,
    /// English text.
    pub text: Text,
    /// Korean text, when the bank has it (`[question.ko]`).
    pub ko: Option<Text>,
    /// AWS documentation pages the facts come from.
    pub references: Vec<String>,
    /// When the facts were last checked against AWS documentation (YYYY-MM-DD).
    pub verified: Option<String>,
    /// Where the item comes from: the bank file's name or path.
    pub source: String,
}

impl Question {
    /// True for a multiple-response item (two or more keys).
    pub fn is_multiple_response(&self) -> bool {
        self.key.len() > 1
    }

    /// The keyed letters in the bank's order ("B", "BE").
    pub fn key_letters(&self) -> String {
        self.key.iter().map(|&i| letter(i)).collect()
    }
}

/// The letter for a 0-based option index: 0 is 'A'.
pub fn letter(index: u8) -> char {
    (b'A' + index) as char
}

/// A problem found in a bank file, at a 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}
