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

/// Everything a question says: its English and Korean text and its
/// references. Decoded from the compiled bank only when the question is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Texts {
    pub en: Text,
    pub ko: Option<Text>,
    /// AWS documentation pages the facts come from.
    pub references: Vec<String>,
}

/// One exam item. The classification is always in memory; the text is
/// decoded on first use, so start-up does not pay for questions never shown.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// Indices into the choices of the correct options, ascending. One for
    /// multiple choice, two or more for multiple response.
    pub key: Vec<u8>,
    /// Number of options, 4 to 6.
    pub choices: u8,
    /// When the facts were last checked against AWS documentation (YYYY-MM-DD).
    pub verified: Option<String>,
    /// Where the item comes from: the bank file's name or path.
    pub source: String,
    /// The encoded `Texts` in the compiled bank, for questions built in.
    raw: Option<&'static [u8]>,
    texts: std::sync::OnceLock<Texts>,
}

/// A question's classification, as the compiled bank's index stores it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub topic: String,
    pub domain: u8,
    pub task: String,
    pub notes: Vec<String>,
    pub difficulty: Difficulty,
    pub key: Vec<u8>,
    pub choices: u8,
    pub verified: Option<String>,
    pub source: String,
    /// Where its encoded `Texts` are in the text blob (start, length).
    pub span: (u32, u32),
}

impl Question {
    /// A question whose text is already in memory (parsed from TOML).
    pub fn with_texts(entry: Entry, texts: Texts) -> Question {
        Question::from_entry(entry, None, std::sync::OnceLock::from(texts))
    }

    /// A question whose text stays encoded in `raw` until first use.
    pub fn encoded(entry: Entry, raw: &'static [u8]) -> Question {
        Question::from_entry(entry, Some(raw), std::sync::OnceLock::new())
    }

    fn from_entry(
        e: Entry,
        raw: Option<&'static [u8]>,
        texts: std::sync::OnceLock<Texts>,
    ) -> Question {
        Question {
            id: e.id,
            topic: e.topic,
            domain: e.domain,
            task: e.task,
            notes: e.notes,
            difficulty: e.difficulty,
            key: e.key,
            choices: e.choices,
            verified: e.verified,
            source: e.source,
            raw,
            texts,
        }
    }

    /// A single-answer question with placeholder text (key A of 4), for
    /// tests and benchmarks.
    pub fn placeholder(id: &str, topic: &str, domain: u8) -> Question {
        Question::with_texts(
            Entry {
                id: id.into(),
                topic: topic.into(),
                domain,
                task: format!("{domain}.1"),
                notes: vec![],
                difficulty: Difficulty::Easy,
                key: vec![0],
                choices: 4,
                verified: None,
                source: "placeholder".into(),
                span: (0, 0),
            },
            Texts {
                en: Text {
                    stem: format!("Placeholder question {id}?"),
                    choices: ["a", "b", "c", "d"].map(String::from).to_vec(),
                    explanation: "e".into(),
                    rationale: vec!["r".into(); 4],
                },
                ko: None,
                references: vec![],
            },
        )
    }

    /// The classification, for the compiled bank's index.
    pub fn entry(&self, span: (u32, u32)) -> Entry {
        Entry {
            id: self.id.clone(),
            topic: self.topic.clone(),
            domain: self.domain,
            task: self.task.clone(),
            notes: self.notes.clone(),
            difficulty: self.difficulty,
            key: self.key.clone(),
            choices: self.choices,
            verified: self.verified.clone(),
            source: self.source.clone(),
            span,
        }
    }

    /// Everything the question says, decoded on first use.
    pub fn texts(&self) -> &Texts {
        self.texts.get_or_init(|| {
            let raw = self.raw.expect("a question without text was built");
            postcard::from_bytes(raw).expect("the built-in bank was encoded at build time")
        })
    }

    /// The English text.
    pub fn text(&self) -> &Text {
        &self.texts().en
    }

    /// The Korean text, when the bank has it.
    pub fn ko(&self) -> Option<&Text> {
        self.texts().ko.as_ref()
    }

    pub fn references(&self) -> &[String] {
        &self.texts().references
    }

    /// True for a multiple-response item (two or more keys).
    pub fn is_multiple_response(&self) -> bool {
        self.key.len() > 1
    }

    /// The keyed letters in the bank's order ("B", "BE").
    pub fn key_letters(&self) -> String {
        self.key.iter().map(|&i| letter(i)).collect()
    }
}

/// Encode questions as the compiled bank stores them: a postcard index of
/// every question's classification, and a blob of each question's encoded
/// texts that the index points into.
pub fn encode(questions: &[Question]) -> (Vec<u8>, Vec<u8>) {
    let mut texts: Vec<u8> = Vec::new();
    let mut index = Vec::with_capacity(questions.len());
    for q in questions {
        let start = texts.len() as u32;
        let encoded = postcard::to_allocvec(q.texts()).expect("texts serialise");
        texts.extend_from_slice(&encoded);
        index.push(q.entry((start, encoded.len() as u32)));
    }
    let index = postcard::to_allocvec(&index).expect("the index serialises");
    (index, texts)
}

/// The questions of an index and text blob made by `encode`; the texts stay
/// encoded until each question is first shown.
pub fn decode(index: &[u8], texts: &'static [u8]) -> Vec<Question> {
    let entries: Vec<Entry> =
        postcard::from_bytes(index).expect("the bank index was encoded by dva");
    entries
        .into_iter()
        .map(|e| {
            let (start, len) = (e.span.0 as usize, e.span.1 as usize);
            Question::encoded(e, &texts[start..start + len])
        })
        .collect()
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
