//! Text for questions, verdicts and summaries, shared by both front ends.
//! Bank text reaching here was stripped of control characters at load.

use comfy_table::{ContentArrangement, Table, presets};
use console::Style;

use std::time::Duration;

use rust_i18n::t;

use crate::bank::{Question, Text, notes};
use crate::blueprint;
use crate::engine::answer::{AnswerError, letters};
use crate::engine::drill::{Item, Verdict};
use crate::engine::exam::{Exam, ExamItem};
use crate::engine::presentation::Presentation;
use crate::engine::scoring::{ExamResult, PASS_MARK, Status};
use crate::engine::tally::{Scorecard, Tally};
use crate::i18n::Lang;

/// How output is styled, wrapped and worded.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    pub color: bool,
    /// Wrap width in columns; `None` leaves lines as they are (plain mode).
    pub width: Option<usize>,
    /// Language of the interface and of question text.
    pub lang: Lang,
}

impl Look {
    pub fn plain(lang: Lang) -> Self {
        Look {
            color: false,
            width: None,
            lang,
        }
    }

    /// The same look in the other language.
    pub fn switched(&self) -> Self {
        Look {
            lang: self.lang.other(),
            ..*self
        }
    }

    fn l(&self) -> &'static str {
        self.lang.code()
    }

    fn paint(&self, style: Style, text: &str) -> String {
        style.force_styling(self.color).apply_to(text).to_string()
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint(Style::new().bold(), text)
    }
    pub fn good(&self, text: &str) -> String {
        self.paint(Style::new().green().bold(), text)
    }
    pub fn bad(&self, text: &str) -> String {
        self.paint(Style::new().red().bold(), text)
    }
    pub fn dim(&self, text: &str) -> String {
        self.paint(Style::new().dim(), text)
    }

    /// Wrap `text` paragraph by paragraph, indenting continuation lines.
    pub fn wrap(&self, text: &str, first: &str, rest: &str) -> String {
        match self.width {
            None => {
                let mut out = String::new();
                for (i, line) in text.lines().enumerate() {
                    out.push_str(if i == 0 { first } else { rest });
                    out.push_str(line);
                    out.push('\n');
                }
                out
            }
            Some(width) => {
                let mut opts = textwrap::Options::new(width.max(20))
                    .initial_indent(first)
                    .subsequent_indent(rest);
                if self.lang == Lang::Ko {
                    // Korean words are separated by spaces; a break inside
                    // one (which Unicode line breaking allows) splits a word.
                    opts = opts.word_separator(textwrap::WordSeparator::AsciiSpace);
                }
                let mut out = String::new();
                for (i, para) in text.lines().enumerate() {
                    let opts = if i == 0 {
                        opts.clone()
                    } else {
                        opts.clone().initial_indent(rest)
                    };
                    for l in textwrap::wrap(para, opts) {
                        out.push_str(&l);
                        out.push('\n');
                    }
                }
                out
            }
        }
    }
}

/// The question text in the look's language, and a note when a Korean
/// version is missing and English is shown instead.
pub fn text<'q>(q: &'q Question, look: &Look) -> (&'q Text, Option<String>) {
    text_in(q, look.lang, look)
}

/// The question text in `lang`, which may differ from the interface's (the
/// plain exam's `lang` command), with the note in the look's language.
pub fn text_in<'q>(q: &'q Question, lang: Lang, look: &Look) -> (&'q Text, Option<String>) {
    match (lang, q.ko()) {
        (Lang::Ko, Some(ko)) => (ko, None),
        (Lang::Ko, None) => (
            q.text(),
            Some(t!("lang.english_only", locale = look.l()).to_string()),
        ),
        (Lang::En, _) => (q.text(), None),
    }
}

/// A domain's name in the look's language.
pub fn domain_name(d: u8, look: &Look) -> String {
    t!(format!("domain.{d}"), locale = look.l()).to_string()
}

/// The header line: position, id, topic, domain and task.
pub fn header(item: &Item, position: usize, total: usize, look: &Look) -> String {
    let q = item.question;
    let topic = blueprint::topic_by_slug(&q.topic).map_or(q.topic.as_str(), |t| t.title);
    let head = t!(
        "drill.question",
        locale = look.l(),
        n = position + 1,
        total = total
    );
    let meta = t!(
        "drill.meta",
        locale = look.l(),
        id = q.id,
        topic = topic,
        domain = q.domain,
        task = q.task
    );
    format!("{}  {}\n", look.bold(&head), look.dim(&meta))
}

/// A question: header, stem and options in the displayed order.
pub fn question(item: &Item, position: usize, total: usize, look: &Look) -> String {
    let (text, note) = text(item.question, look);
    let mut out = header(item, position, total, look);
    if let Some(note) = note {
        out.push_str(&look.dim(&note));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&look.wrap(&text.stem, "", ""));
    out.push('\n');
    for (shown, &bank) in item.shown.order.iter().enumerate() {
        let label = format!("  {}. ", (b'A' + shown as u8) as char);
        out.push_str(&look.wrap(&text.choices[bank as usize], &label, "     "));
    }
    out
}

/// The prompt for an answer.
pub fn prompt(item: &Item, look: &Look) -> String {
    let n = item.question.text().choices.len();
    let last = (b'A' + n as u8 - 1) as char;
    let k = item.question.key.len();
    if k > 1 {
        t!("drill.prompt_multi", locale = look.l(), k = k, last = last).to_string()
    } else {
        t!("drill.prompt_single", locale = look.l(), last = last).to_string()
    }
}

/// An answer error in the look's language.
pub fn answer_error(e: &AnswerError, look: &Look) -> String {
    let l = look.l();
    match e {
        AnswerError::Empty { last } => t!("error.empty", locale = l, last = last),
        AnswerError::NotAChoice { found, last } => {
            t!("error.not_a_choice", locale = l, found = found, last = last)
        }
        AnswerError::Repeated(c) => t!("error.repeated", locale = l, letter = c),
        AnswerError::MisplacedGuessMark => t!("error.guess_mark", locale = l),
        AnswerError::WrongCount {
            expected,
            given,
            example,
        } => {
            if *expected == 1 {
                t!(
                    "error.count_one",
                    locale = l,
                    given = given,
                    example = example
                )
            } else {
                t!(
                    "error.count_many",
                    locale = l,
                    expected = expected,
                    given = given,
                    example = example
                )
            }
        }
    }
    .to_string()
}

/// Feedback after an answer: the verdict naming the key, the explanation, a
/// rationale line per option (keyed options starred) and what to reread.
pub fn verdict(item: &Item, v: &Verdict, look: &Look) -> String {
    let out = feedback(item.question, &item.shown, &v.chosen_shown, v.correct, look);
    if v.guess && v.correct {
        // The first line names the verdict; say the guess right after it.
        match out.split_once('\n') {
            Some((first, rest)) => format!(
                "{first}\n{}\n{rest}",
                look.dim(&t!("tui.guess_on", locale = look.l()))
            ),
            None => out,
        }
    } else {
        out
    }
}

/// The verdict and teaching content for `q` as shown in `shown` order, given
/// what the learner chose (displayed indices; empty when unanswered).
pub fn feedback(
    q: &Question,
    shown: &Presentation,
    chosen_shown: &[u8],
    correct: bool,
    look: &Look,
) -> String {
    let l = look.l();
    let (text, _) = text(q, look);
    let key = shown.to_shown(&q.key);
    let key_letters = letters(&key);
    let many = key.len() > 1;
    let mut out = String::new();
    let (word, sentence) = if correct {
        let s = if many {
            t!("drill.answer_many", locale = l, key = key_letters)
        } else {
            t!("drill.answer_one", locale = l, key = key_letters)
        };
        (look.good(&t!("drill.correct", locale = l)), s)
    } else if chosen_shown.is_empty() {
        let s = if many {
            t!("drill.answer_many", locale = l, key = key_letters)
        } else {
            t!("drill.answer_one", locale = l, key = key_letters)
        };
        (look.bad(&t!("drill.not_answered", locale = l)), s)
    } else {
        let chosen = letters(chosen_shown);
        let s = if many {
            t!(
                "drill.answer_many_chose",
                locale = l,
                key = key_letters,
                chosen = chosen
            )
        } else {
            t!(
                "drill.answer_one_chose",
                locale = l,
                key = key_letters,
                chosen = chosen
            )
        };
        (look.bad(&t!("drill.incorrect", locale = l)), s)
    };
    out.push_str(&format!("{word} {sentence}\n\n"));
    out.push_str(&look.wrap(&text.explanation, "", ""));
    out.push('\n');
    for (i, &bank) in shown.order.iter().enumerate() {
        let mark = if key.contains(&(i as u8)) { "*" } else { " " };
        let label = format!("{mark} {}. ", (b'A' + i as u8) as char);
        out.push_str(&look.wrap(&text.rationale[bank as usize], &label, "     "));
    }
    if !q.notes.is_empty() {
        let sections: Vec<String> = q
            .notes
            .iter()
            .map(|n| match notes::title(n) {
                Some(t) => format!("dva notes {n} ({t})"),
                None => format!("dva notes {n}"),
            })
            .collect();
        out.push('\n');
        out.push_str(&t!(
            "drill.reread",
            locale = l,
            sections = sections.join("; ")
        ));
        out.push('\n');
    }
    out
}

/// A duration as h:mm:ss or m:ss.
pub fn clock(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// Hours, minutes and seconds even under an hour: "0:01:01".
fn long_clock(d: Duration) -> String {
    let s = d.as_secs();
    format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

/// "Time left 1:05:00" or "Untimed".
pub fn time_left(remaining: Option<Duration>, look: &Look) -> String {
    match remaining {
        Some(r) => t!("exam.time_left", locale = look.l(), time = clock(r)).to_string(),
        None => t!("exam.untimed", locale = look.l()).to_string(),
    }
}

/// An exam question: position, flag, time left, stem and options, with the
/// current answer marked. The question text is in `text_lang`, the rest in
/// the look's language.
pub fn exam_question(
    item: &ExamItem,
    position: usize,
    total: usize,
    remaining: Option<Duration>,
    look: &Look,
    text_lang: Lang,
) -> String {
    let l = look.l();
    let mut head = t!(
        "drill.question",
        locale = l,
        n = position + 1,
        total = total
    )
    .to_string();
    if item.flagged {
        head.push_str("  ");
        head.push_str(&t!("exam.flagged", locale = l));
    }
    if item.guess {
        head.push_str("  ");
        head.push_str(&t!("exam.guess_tag", locale = l));
    }
    let mut out = format!(
        "{}  {}\n\n",
        look.bold(&head),
        look.dim(&time_left(remaining, look))
    );
    let (text, note) = text_in(item.question, text_lang, look);
    if let Some(note) = note {
        out.push_str(&look.dim(&note));
        out.push('\n');
    }
    out.push_str(&look.wrap(&text.stem, "", ""));
    out.push('\n');
    let chosen = item.answer_shown().unwrap_or_default();
    for (i, &bank) in item.shown.order.iter().enumerate() {
        let mark = if chosen.contains(&(i as u8)) {
            ">"
        } else {
            " "
        };
        let label = format!("{mark} {}. ", (b'A' + i as u8) as char);
        out.push_str(&look.wrap(&text.choices[bank as usize], &label, "     "));
    }
    if !chosen.is_empty() {
        out.push('\n');
        let key = if item.guess {
            "exam.your_answer_guess"
        } else {
            "exam.your_answer"
        };
        out.push_str(&t!(key, locale = l, letters = letters(&chosen)));
        out.push('\n');
    }
    out
}

/// The review list: every question with answered, unanswered and flagged marks.
pub fn exam_review(exam: &Exam, look: &Look) -> String {
    let l = look.l();
    let p = exam.progress();
    let mut out = t!(
        "exam.review",
        locale = l,
        answered = p.answered,
        unanswered = p.unanswered,
        flagged = p.flagged
    )
    .to_string();
    out.push('\n');
    let answered = t!("exam.cell_answered", locale = l);
    let cells: Vec<String> = exam
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let state = if item.answer.is_some() {
                answered.as_ref()
            } else {
                "-"
            };
            // ? for an answer marked as a guess, F for flagged.
            let guess = if item.answer.is_some() && item.guess {
                "?"
            } else {
                ""
            };
            let flag = if item.flagged { " F" } else { "" };
            format!("{:>3} {state}{guess}{flag}", i + 1)
        })
        .collect();
    for row in cells.chunks(5) {
        let line: Vec<String> = row.iter().map(|c| format!("{c:<15}")).collect();
        out.push_str(line.join("").trim_end());
        out.push('\n');
    }
    out
}

/// A topic status in the look's language.
pub fn status(s: Status, look: &Look) -> String {
    let key = match s {
        Status::Strong => "result.strong",
        Status::Ok => "result.ok",
        Status::Gap => "result.gap",
    };
    t!(key, locale = look.l()).to_string()
}

/// The score report of a finished exam.
pub fn exam_result(r: &ExamResult, look: &Look) -> String {
    let l = look.l();
    let mut out = String::new();
    let verdict = if r.pass {
        look.good(&t!("result.pass", locale = l))
    } else {
        look.bad(&t!("result.fail", locale = l))
    };
    out.push_str(&t!(
        "result.line",
        locale = l,
        verdict = verdict,
        scaled = r.scaled
    ));
    out.push('\n');
    debug_assert_eq!(
        PASS_MARK, 720,
        "the pass mark is written into the result text"
    );
    out.push_str(&t!(
        "result.correct",
        locale = l,
        correct = r.correct,
        total = r.total,
        pct = format!("{:.1}", r.percent),
        answered = r.answered
    ));
    out.push('\n');
    out.push_str(
        &look.dim(
            look.wrap(&t!("result.estimate", locale = l), "", "")
                .trim_end(),
        ),
    );
    out.push('\n');
    let time = match r.limit {
        // Both with hours when the limit has them: "0:01:01 / 2:10:00".
        Some(limit) => t!(
            "result.time_used",
            locale = l,
            used = if limit.as_secs() >= 3600 {
                long_clock(r.used)
            } else {
                clock(r.used)
            },
            limit = clock(limit)
        ),
        None => t!("result.time_used_untimed", locale = l, used = clock(r.used)),
    };
    out.push_str(&t!(
        "result.per_question",
        locale = l,
        time = time,
        secs = format!("{:.0}", r.seconds_per_question)
    ));
    out.push('\n');
    if let Some(limit) = r.limit {
        let per = format!("{:.0}", limit.as_secs_f64() / r.total.max(1) as f64);
        let pacing = match r.behind {
            Some(b) if b.ran_out => t!(
                "result.ran_out",
                locale = l,
                left = r.total - r.answered,
                total = r.total,
                per = per
            ),
            Some(b) => t!(
                "result.behind",
                locale = l,
                n = b.answer,
                used = clock(b.used),
                target = clock(b.target),
                per = per
            ),
            // Nothing answered: no pace to judge.
            None if r.answered == 0 => Default::default(),
            None if r.answered < r.total => t!(
                "result.on_pace_unanswered",
                locale = l,
                left = r.total - r.answered,
                total = r.total
            ),
            None => t!("result.on_pace", locale = l),
        };
        if !pacing.is_empty() {
            out.push_str(look.wrap(&pacing, "", "").trim_end());
            out.push('\n');
        }
    }
    out.push('\n');

    let mut domains = table(look);
    domains.set_header(vec![
        t!("table.domain", locale = l).to_string(),
        t!("table.correct", locale = l).to_string(),
        t!("table.total", locale = l).to_string(),
        "%".to_string(),
        t!("table.result", locale = l).to_string(),
    ]);
    for d in &r.domains {
        domains.add_row(vec![
            format!("{} {}", d.domain, domain_name(d.domain, look)),
            d.correct.to_string(),
            d.total.to_string(),
            format!("{:.0}%", d.percent),
            if d.meets {
                t!("result.meets", locale = l)
            } else {
                t!("result.needs", locale = l)
            }
            .to_string(),
        ]);
    }
    out.push_str(&domains.to_string());
    out.push_str("\n\n");

    let mut topics = table(look);
    topics.set_header(vec![
        t!("table.topic", locale = l).to_string(),
        t!("table.correct", locale = l).to_string(),
        "%".to_string(),
        t!("table.status", locale = l).to_string(),
        t!("table.reread", locale = l).to_string(),
    ]);
    for tr in &r.topics {
        topics.add_row(vec![
            tr.topic.clone(),
            format!("{}/{}", tr.correct, tr.total),
            format!("{:.0}%", tr.percent),
            status(tr.status, look),
            tr.reread.join(", "),
        ]);
    }
    out.push_str(&topics.to_string());
    out.push('\n');
    let gaps: Vec<&str> = r
        .topics
        .iter()
        .filter(|t| t.status != Status::Strong)
        .map(|t| t.topic.as_str())
        .collect();
    if !gaps.is_empty() {
        out.push('\n');
        out.push_str(&t!("result.work_on", locale = l));
        out.push('\n');
        for g in gaps.iter().take(5) {
            out.push_str(&format!("  dva drill {g}\n"));
        }
    }
    out
}

/// A table in the house style: box drawing in a terminal, Markdown-like
/// ASCII in plain mode, at most 80 columns wide there.
pub(crate) fn table(look: &Look) -> Table {
    let mut t = Table::new();
    if look.width.is_some() {
        t.load_style(presets::UTF8_FULL_CONDENSED);
        t.set_content_arrangement(ContentArrangement::Dynamic);
        t.set_width(look.width.unwrap_or(80).min(100) as u16);
    } else {
        t.load_style(presets::ASCII_MARKDOWN);
        t.set_content_arrangement(ContentArrangement::Dynamic);
        t.set_width(80);
    }
    if !look.color {
        t.force_no_tty();
    }
    t
}

fn row(name: String, s: &Tally) -> Vec<String> {
    vec![
        name,
        s.answered.to_string(),
        s.correct.to_string(),
        format!("{:.0}%", s.percent()),
    ]
}

/// End-of-drill summary: totals, tables per topic and per domain, and what
/// to drill next.
pub fn summary(card: &Scorecard, planned: usize, look: &Look) -> String {
    let l = look.l();
    let mut out = String::new();
    let total = card.total;
    if total.answered == 0 {
        out.push_str(&t!("summary.none", locale = l));
        out.push('\n');
        return out;
    }
    let stopped = if (total.answered as usize) < planned {
        t!(
            "summary.stopped",
            locale = l,
            answered = total.answered,
            planned = planned
        )
        .to_string()
    } else {
        String::new()
    };
    let score = t!(
        "summary.score",
        locale = l,
        correct = total.correct,
        answered = total.answered,
        pct = format!("{:.0}", total.percent())
    );
    out.push_str(&look.bold(&format!("{score}{stopped}")));
    out.push_str("\n\n");

    let header = |first: &str| {
        vec![
            t!(first, locale = l).to_string(),
            t!("table.answered", locale = l).to_string(),
            t!("table.correct", locale = l).to_string(),
            "%".to_string(),
        ]
    };
    let mut topics = table(look);
    topics.set_header(header("table.topic"));
    for (slug, s) in &card.by_topic {
        topics.add_row(row(slug.clone(), s));
    }
    out.push_str(&topics.to_string());
    out.push_str("\n\n");

    let mut domains = table(look);
    domains.set_header(header("table.domain"));
    for (d, s) in &card.by_domain {
        domains.add_row(row(format!("{d} {}", domain_name(*d, look)), s));
    }
    out.push_str(&domains.to_string());
    out.push_str("\n\n");

    let next = match card.weakest_topics().first() {
        Some((slug, s)) if s.percent() < 80.0 => {
            t!("summary.next_weak", locale = l, slug = slug)
        }
        _ => t!("summary.next_good", locale = l),
    };
    out.push_str(look.wrap(&next, "", "").trim_end());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_wraps_between_words_never_inside_one() {
        let look = Look {
            color: false,
            width: Some(24),
            lang: Lang::Ko,
        };
        let text =
            "User Pool 토큰으로 API Gateway를 호출하고 각 항목의 크기는 400KB를 넘을 수 없습니다.";
        let wrapped = look.wrap(text, "", "");
        assert!(wrapped.lines().count() > 2, "{wrapped}");
        // Every line ends where a word ends: the words are the same.
        let words: Vec<&str> = wrapped.split_whitespace().collect();
        assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
        for line in wrapped.lines() {
            assert!(console::measure_text_width(line) <= 24, "{line}");
        }
    }
}
