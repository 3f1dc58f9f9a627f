//! Reading a bank file: TOML with spans, checked field by field so that every
//! problem in a file is reported at once as `file:line:column: message`.
//! Also compiled into `build.rs`, which rejects a broken built-in bank.

use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::model::{Diagnostic, Difficulty, Entry, Question, Text, Texts};
use crate::blueprint;

/// Fields a `[[question]]` table may have.
const QUESTION_FIELDS: &[&str] = &[
    "id",
    "topic",
    "domain",
    "task",
    "notes",
    "difficulty",
    "stem",
    "choices",
    "answer",
    "explanation",
    "rationale",
    "references",
    "verified",
    "ko",
];
const KO_FIELDS: &[&str] = &["stem", "choices", "explanation", "rationale"];
const FILE_FIELDS: &[&str] = &["topic", "title", "question"];

/// Fewest and most options an item may have (the exam uses 4, and 5 or more
/// for multiple response).
pub const MIN_CHOICES: usize = 4;
pub const MAX_CHOICES: usize = 6;

/// What one bank file holds: the items that passed every rule, the ids
/// read, and the problems found.
#[derive(Debug, Default)]
pub struct ParsedFile {
    pub title: Option<String>,
    pub questions: Vec<Question>,
    /// Every id read, with where it is (line, column), whatever else is
    /// wrong with its item, so that a clash with another bank is reported
    /// at once. An id used twice in the file is listed at its first use.
    pub ids: Vec<(String, usize, usize)>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The file's default topic, as far as it could be read.
#[derive(Clone, Copy)]
enum FileTopic<'a> {
    /// No `topic` in the file.
    Missing,
    /// Written but not a known slug, and already reported: the questions
    /// that rely on it are not reported again.
    Unknown,
    Slug(&'a str),
}

/// Maps byte offsets to 1-based line and column (in characters).
struct Locator<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> Locator<'a> {
    fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Locator { text, line_starts }
    }

    fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        (line + 1, column)
    }
}

struct Ctx<'a> {
    file: &'a str,
    locator: Locator<'a>,
    diagnostics: Vec<Diagnostic>,
}

impl Ctx<'_> {
    fn error(&mut self, span: &Range<usize>, message: impl Into<String>) {
        let (line, column) = self.locator.position(span.start);
        self.diagnostics.push(Diagnostic {
            file: self.file.to_string(),
            line,
            column,
            message: message.into(),
        });
    }
}

type Table<'i> = DeTable<'i>;
type Value<'i> = Spanned<DeValue<'i>>;

fn get<'t, 'i>(table: &'t Table<'i>, key: &str) -> Option<&'t Value<'i>> {
    table.get(key)
}

/// Parse and check one bank file. `file` is the name used in messages.
pub fn parse_bank(file: &str, text: &str) -> ParsedFile {
    let mut ctx = Ctx {
        file,
        locator: Locator::new(text),
        diagnostics: Vec::new(),
    };
    let mut out = ParsedFile::default();
    let doc = match DeTable::parse(text) {
        Ok(doc) => doc,
        Err(err) => {
            let span = err.span().unwrap_or(0..0);
            let message = err.message().trim().to_string();
            ctx.error(&span, format!("invalid TOML: {message}"));
            out.diagnostics = ctx.diagnostics;
            return out;
        }
    };
    let doc_span = doc.span();
    let root = doc.get_ref();
    unknown_fields(&mut ctx, root, FILE_FIELDS, "the file");

    let file_slug = get(root, "topic").map(|v| topic_slug(&mut ctx, v));
    let file_topic = match &file_slug {
        Some(Some(slug)) => FileTopic::Slug(slug),
        Some(None) => FileTopic::Unknown,
        None => {
            ctx.error(
                &(0..0),
                "missing `topic`: the file's default topic slug (see `dva topics`)",
            );
            FileTopic::Missing
        }
    };
    out.title = get(root, "title").and_then(|v| string(&mut ctx, v, "title", false));

    let Some(list) = get(root, "question") else {
        ctx.error(
            &doc_span,
            "no questions: add at least one `[[question]]` table",
        );
        out.diagnostics = ctx.diagnostics;
        return out;
    };
    let Some(items) = list.get_ref().as_array() else {
        ctx.error(
            &list.span(),
            "`question` must be an array of tables: write each item as `[[question]]`",
        );
        out.diagnostics = ctx.diagnostics;
        return out;
    };

    let mut seen: HashSet<String> = HashSet::new();
    for item in items.iter() {
        let Some(table) = item.get_ref().as_table() else {
            ctx.error(
                &item.span(),
                "each `question` must be a table (`[[question]]`)",
            );
            continue;
        };
        let before = ctx.diagnostics.len();
        let Some((id, id_span)) = question_id(&mut ctx, table, &item.span()) else {
            continue;
        };
        let parsed = question(&mut ctx, table, &item.span(), id.clone(), file_topic, file);
        // The id is checked even when the item has other problems, so that
        // fixing those does not reveal one more.
        if !seen.insert(id.clone()) {
            ctx.error(&id_span, format!("duplicate id `{id}` in this file"));
            continue;
        }
        let (line, column) = ctx.locator.position(id_span.start);
        out.ids.push((id, line, column));
        if let Some(q) = parsed
            && ctx.diagnostics.len() == before
        {
            out.questions.push(q);
        }
    }
    out.diagnostics = ctx.diagnostics;
    out
}

fn unknown_fields(ctx: &mut Ctx, table: &Table, allowed: &[&str], what: &str) {
    for (key, _) in table.iter() {
        let name: &str = key.get_ref();
        if !allowed.contains(&name) {
            ctx.error(
                &key.span(),
                format!(
                    "unknown field `{name}` in {what}; expected one of: {}",
                    allowed.join(", ")
                ),
            );
        }
    }
}

fn topic_slug(ctx: &mut Ctx, v: &Value) -> Option<String> {
    let slug = string(ctx, v, "topic", false)?;
    if blueprint::topic_by_slug(&slug).is_none() {
        let hint = match nearest_topic(&slug) {
            Some(near) => {
                format!("did you mean `{near}`? (`dva topics` lists the slugs)")
            }
            None => {
                let slugs: Vec<&str> = blueprint::TOPICS.iter().map(|t| t.slug).collect();
                format!("expected one of: {}", slugs.join(", "))
            }
        };
        ctx.error(&v.span(), format!("unknown topic `{slug}`; {hint}"));
        return None;
    }
    Some(slug)
}

/// The slug a mistyped topic most likely means: the topic of an alias
/// ("dynamo"), or a slug or alias within a typo or two of it. None when
/// nothing is that close: "s3" is no misspelling of "sam".
fn nearest_topic(name: &str) -> Option<&'static str> {
    let wanted = name.trim().to_lowercase().replace('_', "-");
    let mut best: Option<(usize, &'static str)> = None;
    for t in blueprint::TOPICS {
        for n in std::iter::once(&t.slug).chain(t.aliases) {
            let d = strsim::levenshtein(&wanted, n);
            if best.is_none_or(|(b, _)| d < b) {
                best = Some((d, t.slug));
            }
        }
    }
    // A typo per four characters at most.
    best.filter(|&(d, _)| d * 4 <= wanted.chars().count())
        .map(|(_, slug)| slug)
}

/// Characters never sent to a terminal: C0 and C1 controls (but newline and
/// tab), DEL, and the bidirectional overrides that can disguise text.
pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn string(ctx: &mut Ctx, v: &Value, field: &str, nonempty: bool) -> Option<String> {
    match v.get_ref() {
        DeValue::String(s) => {
            if let Some(c) = s.chars().find(|&c| is_unsafe_char(c)) {
                ctx.error(
                    &v.span(),
                    format!(
                        "`{field}` contains the control character U+{:04X}",
                        c as u32
                    ),
                );
                return None;
            }
            let trimmed = s.trim();
            if nonempty && trimmed.is_empty() {
                ctx.error(&v.span(), format!("`{field}` is empty"));
                return None;
            }
            Some(trimmed.to_string())
        }
        other => {
            ctx.error(
                &v.span(),
                format!("`{field}` must be a string, not {}", other.type_str()),
            );
            None
        }
    }
}

fn string_list(ctx: &mut Ctx, v: &Value, field: &str) -> Option<Vec<String>> {
    let Some(arr) = v.get_ref().as_array() else {
        ctx.error(
            &v.span(),
            format!(
                "`{field}` must be an array of strings, not {}",
                v.get_ref().type_str()
            ),
        );
        return None;
    };
    let mut out = Vec::with_capacity(arr.len());
    let mut ok = true;
    for (i, item) in arr.iter().enumerate() {
        match string(ctx, item, &format!("{field}[{i}]"), true) {
            Some(s) => out.push(s),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

fn required<'t, 'i>(
    ctx: &mut Ctx,
    table: &'t Table<'i>,
    span: &Range<usize>,
    field: &str,
    id: &str,
) -> Option<&'t Value<'i>> {
    let v = get(table, field);
    if v.is_none() {
        ctx.error(span, format!("question `{id}`: missing `{field}`"));
    }
    v
}

fn integer(v: &Value) -> Option<i64> {
    let i = v.get_ref().as_integer()?;
    let digits: String = i.as_str().chars().filter(|&c| c != '_').collect();
    let digits = digits
        .trim_start_matches("0x")
        .trim_start_matches("0o")
        .trim_start_matches("0b");
    i64::from_str_radix(digits, i.radix()).ok()
}

/// A question's id and where it is; None (reported) when it has none that
/// can be read.
fn question_id(ctx: &mut Ctx, t: &Table, span: &Range<usize>) -> Option<(String, Range<usize>)> {
    let Some(v) = get(t, "id") else {
        ctx.error(span, "question without `id`");
        return None;
    };
    let id = string(ctx, v, "id", true)?;
    if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        ctx.error(
            &v.span(),
            format!("id `{id}` may use only letters, digits, `-`, `_` and `.`"),
        );
    }
    Some((id, v.span()))
}

fn question(
    ctx: &mut Ctx,
    t: &Table,
    span: &Range<usize>,
    id: String,
    file_topic: FileTopic,
    source: &str,
) -> Option<Question> {
    unknown_fields(ctx, t, QUESTION_FIELDS, &format!("question `{id}`"));

    let topic = match (get(t, "topic"), file_topic) {
        (Some(v), _) => topic_slug(ctx, v),
        (None, FileTopic::Slug(slug)) => Some(slug.to_string()),
        (None, FileTopic::Unknown) => None,
        (None, FileTopic::Missing) => {
            ctx.error(span, format!("question `{id}` has no topic"));
            None
        }
    };

    let domain = required(ctx, t, span, "domain", &id).and_then(|v| match integer(v) {
        Some(d @ 1..=4) => Some(d as u8),
        _ => {
            ctx.error(
                &v.span(),
                "`domain` must be an exam domain number from 1 to 4",
            );
            None
        }
    });
    let task = required(ctx, t, span, "task", &id).and_then(|v| {
        let task = string(ctx, v, "task", true)?;
        let d = domain?;
        if blueprint::task_in_domain(d, &task) {
            Some(task)
        } else {
            let tasks = blueprint::domain(d).map(|d| d.tasks.join(", "));
            ctx.error(
                &v.span(),
                format!(
                    "task `{task}` is not in domain {d}; its task statements are {}",
                    tasks.unwrap_or_default()
                ),
            );
            None
        }
    });
    let notes = match get(t, "notes") {
        Some(v) => string_list(ctx, v, "notes").and_then(|list| {
            let mut ok = true;
            for n in &list {
                let known = blueprint::TOPICS
                    .iter()
                    .any(|t| t.notes.contains(&n.as_str()));
                if !known {
                    ctx.error(
                        &v.span(),
                        format!("`notes` names section `{n}`, which the study notes do not have"),
                    );
                    ok = false;
                }
            }
            ok.then_some(list)
        }),
        None => {
            ctx.error(
                span,
                format!("question `{id}`: missing `notes` (use `notes = []` for none)"),
            );
            None
        }
    };
    let difficulty = required(ctx, t, span, "difficulty", &id).and_then(|v| {
        let s = string(ctx, v, "difficulty", true)?;
        let d = Difficulty::parse(&s);
        if d.is_none() {
            ctx.error(
                &v.span(),
                format!("difficulty `{s}` is not one of easy, medium, hard"),
            );
        }
        d
    });

    let stem_v = required(ctx, t, span, "stem", &id);
    let stem = stem_v.and_then(|v| string(ctx, v, "stem", true));
    let choices_v = required(ctx, t, span, "choices", &id);
    let choices = choices_v.and_then(|v| {
        let list = string_list(ctx, v, "choices")?;
        if !(MIN_CHOICES..=MAX_CHOICES).contains(&list.len()) {
            ctx.error(
                &v.span(),
                format!(
                    "{} choices; an item has {MIN_CHOICES} to {MAX_CHOICES}",
                    list.len()
                ),
            );
            return None;
        }
        let mut seen = HashSet::new();
        for c in &list {
            if !seen.insert(c.as_str()) {
                ctx.error(&v.span(), format!("choice `{c}` appears twice"));
                return None;
            }
        }
        Some(list)
    });
    let n_choices = choices.as_ref().map(Vec::len);

    let key = required(ctx, t, span, "answer", &id)
        .and_then(|v| answer_key(ctx, v, n_choices, stem.as_deref(), stem_v));

    let explanation = required(ctx, t, span, "explanation", &id)
        .and_then(|v| string(ctx, v, "explanation", true));
    let rationale = required(ctx, t, span, "rationale", &id).and_then(|v| {
        let list = string_list(ctx, v, "rationale")?;
        if let Some(n) = n_choices
            && list.len() != n
        {
            ctx.error(
                &v.span(),
                format!(
                    "{} rationale entries for {n} choices; write one per choice",
                    list.len()
                ),
            );
            return None;
        }
        Some(list)
    });
    let references = match get(t, "references") {
        Some(v) => string_list(ctx, v, "references"),
        None => Some(Vec::new()),
    };
    let verified = match get(t, "verified") {
        Some(v) => string(ctx, v, "verified", true).and_then(|s| {
            if is_iso_date(&s) {
                Some(Some(s))
            } else {
                ctx.error(
                    &v.span(),
                    format!("`verified` must be a date written YYYY-MM-DD, not `{s}`"),
                );
                None
            }
        }),
        None => Some(None),
    };
    let ko = match get(t, "ko") {
        Some(v) => match v.get_ref().as_table() {
            Some(kt) => korean(ctx, kt, &v.span(), n_choices, key.as_deref()).map(Some),
            None => {
                ctx.error(&v.span(), "`ko` must be a table (`[question.ko]`)");
                None
            }
        },
        None => Some(None),
    };
    Some(Question::with_texts(
        Entry {
            id,
            topic: topic?,
            domain: domain?,
            task: task?,
            notes: notes?,
            difficulty: difficulty?,
            key: key?,
            choices: n_choices? as u8,
            verified: verified?,
            source: source.to_string(),
            span: (0, 0),
        },
        Texts {
            en: Text {
                stem: stem?,
                choices: choices?,
                explanation: explanation?,
                rationale: rationale?,
            },
            ko: ko?,
            references: references?,
        },
    ))
}

/// English number words the exam uses in "(Choose TWO.)".
const COUNT_WORDS: [&str; 7] = ["", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX"];

/// Does the stem say how many to choose, as "Choose TWO" (any case) or "choose 2"?
pub fn stem_says_count(stem: &str, count: usize) -> bool {
    let lower = stem.to_lowercase();
    let word = COUNT_WORDS.get(count).copied().unwrap_or("").to_lowercase();
    lower.contains(&format!("choose {word}")) || lower.contains(&format!("choose {count}"))
}

/// Korean number words for "고르십시오" counts: 두 개, 세 개, or a digit.
fn korean_stem_says_count(stem: &str, count: usize) -> bool {
    const KO: [&str; 7] = ["", "한", "두", "세", "네", "다섯", "여섯"];
    let compact: String = stem.chars().filter(|c| !c.is_whitespace()).collect();
    compact.contains(&format!("{count}개"))
        || KO
            .get(count)
            .is_some_and(|w| compact.contains(&format!("{w}개")))
}

fn answer_key(
    ctx: &mut Ctx,
    v: &Value,
    n_choices: Option<usize>,
    stem: Option<&str>,
    stem_v: Option<&Value>,
) -> Option<Vec<u8>> {
    /// Each answer letter as written, with where it is.
    type Letters<'a> = Vec<(Cow<'a, str>, Range<usize>)>;
    let (letters, is_list): (Letters, bool) = match v.get_ref() {
        DeValue::String(s) => (vec![(s.clone(), v.span())], false),
        DeValue::Array(arr) => {
            let mut out = Vec::new();
            for item in arr.iter() {
                match item.get_ref() {
                    DeValue::String(s) => out.push((s.clone(), item.span())),
                    other => {
                        ctx.error(
                            &item.span(),
                            format!("answer letters must be strings, not {}", other.type_str()),
                        );
                        return None;
                    }
                }
            }
            (out, true)
        }
        other => {
            ctx.error(
                &v.span(),
                format!(
                    "`answer` must be a letter (\"B\") or a list of letters ([\"B\", \"E\"]), not {}",
                    other.type_str()
                ),
            );
            return None;
        }
    };
    let mut key = Vec::new();
    for (s, span) in &letters {
        let s = s.trim();
        let mut chars = s.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            ctx.error(
                span,
                format!("answer `{s}` must be a single letter such as \"B\""),
            );
            return None;
        };
        let c = c.to_ascii_uppercase();
        if !c.is_ascii_uppercase() {
            ctx.error(span, format!("answer `{s}` is not a letter"));
            return None;
        }
        let index = (c as u8 - b'A') as usize;
        if let Some(n) = n_choices
            && index >= n
        {
            let last = (b'A' + n as u8 - 1) as char;
            ctx.error(
                span,
                format!("answer `{c}` names no choice: there are {n} (A to {last})"),
            );
            return None;
        }
        if key.contains(&(index as u8)) {
            ctx.error(span, format!("answer `{c}` is listed twice"));
            return None;
        }
        key.push(index as u8);
    }
    if key.is_empty() {
        ctx.error(&v.span(), "`answer` is empty");
        return None;
    }
    if is_list && key.len() < 2 {
        ctx.error(
            &v.span(),
            "a multiple-response answer needs two or more letters; write a single answer as \"B\"",
        );
        return None;
    }
    if key.len() >= 2
        && let (Some(stem), Some(stem_v)) = (stem, stem_v)
        && !stem_says_count(stem, key.len())
    {
        let word = COUNT_WORDS.get(key.len()).copied().unwrap_or("");
        ctx.error(
            &stem_v.span(),
            format!("a multiple-response stem must say how many to choose: \"(Choose {word}.)\""),
        );
        return None;
    }
    key.sort_unstable();
    Some(key)
}

fn korean(
    ctx: &mut Ctx,
    t: &Table,
    span: &Range<usize>,
    n_choices: Option<usize>,
    key: Option<&[u8]>,
) -> Option<Text> {
    unknown_fields(ctx, t, KO_FIELDS, "`[question.ko]`");
    let field = |ctx: &mut Ctx, name: &str| {
        let v = get(t, name);
        if v.is_none() {
            ctx.error(span, format!("`[question.ko]` is missing `{name}`"));
        }
        v
    };
    let stem_v = field(ctx, "stem");
    let stem = stem_v.and_then(|v| string(ctx, v, "ko.stem", true));
    let choices = field(ctx, "choices").and_then(|v| {
        let list = string_list(ctx, v, "ko.choices")?;
        match n_choices {
            Some(n) if n != list.len() => {
                ctx.error(
                    &v.span(),
                    format!(
                        "{} Korean choices for {n} English ones; they must match one for one",
                        list.len()
                    ),
                );
                None
            }
            _ => Some(list),
        }
    });
    let explanation =
        field(ctx, "explanation").and_then(|v| string(ctx, v, "ko.explanation", true));
    let rationale = field(ctx, "rationale").and_then(|v| {
        let list = string_list(ctx, v, "ko.rationale")?;
        match n_choices {
            Some(n) if n != list.len() => {
                ctx.error(
                    &v.span(),
                    format!("{} Korean rationale entries for {n} choices", list.len()),
                );
                None
            }
            _ => Some(list),
        }
    });
    if let (Some(stem), Some(v), Some(key)) = (&stem, stem_v, key)
        && key.len() > 1
        && !korean_stem_says_count(stem, key.len())
        && !stem_says_count(stem, key.len())
    {
        ctx.error(
            &v.span(),
            format!(
                "the Korean multiple-response stem must say how many to choose (\"{}개를 고르십시오\")",
                key.len()
            ),
        );
        return None;
    }
    Some(Text {
        stem: stem?,
        choices: choices?,
        explanation: explanation?,
        rationale: rationale?,
    })
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    matches!(
        (num(0..4), num(5..7), num(8..10)),
        (Some(1900..=2999), Some(1..=12), Some(1..=31))
    )
}

/// Every accepted item of a set of bank files, and every problem found,
/// including ids used twice across files or already taken by `reserved`
/// (ids of another bank, with where they are).
#[derive(Debug, Default)]
pub struct Checked {
    pub questions: Vec<Question>,
    pub diagnostics: Vec<Diagnostic>,
    /// Bank file titles, by file name.
    pub titles: Vec<(String, String)>,
}

/// Parse and check `(name, text)` bank files together.
pub fn parse_many(files: &[(String, String)], reserved: &[(String, String)]) -> Checked {
    use std::collections::HashMap;
    let mut seen: HashMap<String, String> = reserved.iter().cloned().collect();
    let mut out = Checked::default();
    for (name, text) in files {
        let parsed = parse_bank(name, text);
        let mut diagnostics = parsed.diagnostics;
        if let Some(title) = parsed.title {
            out.titles.push((name.clone(), title));
        }
        // Every id read is checked and taken, even one whose item has other
        // problems: the learner means it, and fixing those should not reveal
        // a clash.
        let mut clashes = HashSet::new();
        for (id, line, column) in parsed.ids {
            if let Some(first) = seen.get(&id) {
                diagnostics.push(Diagnostic {
                    file: name.clone(),
                    line,
                    column,
                    message: format!("id `{id}` is already used at {first}"),
                });
                clashes.insert(id);
                continue;
            }
            seen.insert(id, format!("{name}:{line}:{column}"));
        }
        // In the order of the file, the clashes among the other problems.
        diagnostics.sort_by_key(|d| (d.line, d.column));
        out.diagnostics.extend(diagnostics);
        out.questions.extend(
            parsed
                .questions
                .into_iter()
                .filter(|q| !clashes.contains(&q.id)),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locator_counts_lines_and_characters() {
        let l = Locator::new("ab\n가나x\n");
        assert_eq!(l.position(0), (1, 1));
        assert_eq!(l.position(3), (2, 1));
        // '가' and '나' are 3 bytes each; 'x' is the third character.
        assert_eq!(l.position(9), (2, 3));
    }

    #[test]
    fn a_mistyped_topic_suggests_only_a_close_slug() {
        assert_eq!(nearest_topic("dynamo"), Some("dynamodb"));
        assert_eq!(nearest_topic("Lamda"), Some("lambda"));
        assert_eq!(nearest_topic("step_function"), Some("step-functions"));
        assert_eq!(nearest_topic("s3"), None);
        assert_eq!(nearest_topic("ec2"), None);
    }

    #[test]
    fn dates() {
        assert!(is_iso_date("2026-11-29"));
        assert!(!is_iso_date("2026-13-01"));
        assert!(!is_iso_date("29.11.2026"));
    }

    #[test]
    fn stem_counts() {
        assert!(stem_says_count("Which steps? (Choose TWO.)", 2));
        assert!(!stem_says_count("Which steps? (Choose THREE.)", 2));
        assert!(korean_stem_says_count(
            "무엇입니까? (두 개를 고르십시오.)",
            2
        ));
        assert!(korean_stem_says_count("무엇입니까? (2개 선택)", 2));
    }
}
