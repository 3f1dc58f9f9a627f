//! Text for questions, verdicts and summaries, shared by both front ends.
//! Bank text reaching here was stripped of control characters at load.

use comfy_table::{ContentArrangement, Table, presets};
use console::Style;

use std::time::Duration;

use crate::bank::{Question, notes};
use crate::blueprint;
use crate::engine::answer::letters;
use crate::engine::drill::{Item, Verdict};
use crate::engine::exam::{Exam, ExamItem};
use crate::engine::presentation::Presentation;
use crate::engine::scoring::{ExamResult, PASS_MARK, Status};
use crate::engine::tally::{Scorecard, Tally};

/// How output is styled and wrapped.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    pub color: bool,
    /// Wrap width in columns; `None` leaves lines as they are (plain mode).
    pub width: Option<usize>,
}

impl Look {
    pub fn plain() -> Self {
        Look {
            color: false,
            width: None,
        }
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
                let opts = textwrap::Options::new(width.max(20))
                    .initial_indent(first)
                    .subsequent_indent(rest);
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

/// The header line: position, id, topic, domain and task.
pub fn header(item: &Item, position: usize, total: usize, look: &Look) -> String {
    let q = item.question;
    let topic = blueprint::topic_by_slug(&q.topic).map_or(q.topic.as_str(), |t| t.title);
    format!(
        "{}  {}\n",
        look.bold(&format!("Question {} of {}", position + 1, total)),
        look.dim(&format!(
            "[{}] {} · domain {} · task {}",
            q.id, topic, q.domain, q.task
        ))
    )
}

/// A question: header, stem and options in the displayed order.
pub fn question(item: &Item, position: usize, total: usize, look: &Look) -> String {
    let q = item.question;
    let mut out = header(item, position, total, look);
    out.push('\n');
    out.push_str(&look.wrap(&q.text.stem, "", ""));
    out.push('\n');
    for (shown, &bank) in item.shown.order.iter().enumerate() {
        let label = format!("  {}. ", (b'A' + shown as u8) as char);
        out.push_str(&look.wrap(&q.text.choices[bank as usize], &label, "     "));
    }
    out
}

/// The prompt for an answer.
pub fn prompt(item: &Item) -> String {
    let n = item.question.text.choices.len();
    let last = (b'A' + n as u8 - 1) as char;
    let k = item.question.key.len();
    if k > 1 {
        format!("Answer: choose {k} letters from A to {last} (e.g. A,C), or q to stop: ")
    } else {
        format!("Answer (A-{last}), or q to stop: ")
    }
}

/// Feedback after an answer: the verdict naming the key, the explanation, a
/// rationale line per option (keyed options starred) and what to reread.
pub fn verdict(item: &Item, v: &Verdict, look: &Look) -> String {
    feedback(item.question, &item.shown, &v.chosen_shown, v.correct, look)
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
    let key = shown.to_shown(&q.key);
    let key_letters = letters(&key);
    let noun = if key.len() > 1 {
        "answers are"
    } else {
        "answer is"
    };
    let mut out = String::new();
    if correct {
        out.push_str(&format!(
            "{} The {noun} {key_letters}.\n",
            look.good("Correct.")
        ));
    } else if chosen_shown.is_empty() {
        out.push_str(&format!(
            "{} The {noun} {key_letters}.\n",
            look.bad("Not answered.")
        ));
    } else {
        out.push_str(&format!(
            "{} The {noun} {key_letters}; you chose {}.\n",
            look.bad("Incorrect."),
            letters(chosen_shown)
        ));
    }
    out.push('\n');
    out.push_str(&look.wrap(&q.text.explanation, "", ""));
    out.push('\n');
    for (i, &bank) in shown.order.iter().enumerate() {
        let mark = if key.contains(&(i as u8)) { "*" } else { " " };
        let label = format!("{mark} {}. ", (b'A' + i as u8) as char);
        out.push_str(&look.wrap(&q.text.rationale[bank as usize], &label, "     "));
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
        out.push_str(&format!("\nReread: {}\n", sections.join("; ")));
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

/// An exam question: position, flag, time left, stem and options, with the
/// current answer marked.
pub fn exam_question(
    item: &ExamItem,
    position: usize,
    total: usize,
    remaining: Option<Duration>,
    look: &Look,
) -> String {
    let mut head = format!("Question {} of {}", position + 1, total);
    if item.flagged {
        head.push_str("  [flagged]");
    }
    let time = match remaining {
        Some(r) => format!("Time left {}", clock(r)),
        None => "Untimed".to_string(),
    };
    let mut out = format!("{}  {}\n\n", look.bold(&head), look.dim(&time));
    let q = item.question;
    out.push_str(&look.wrap(&q.text.stem, "", ""));
    out.push('\n');
    let chosen = item.answer_shown().unwrap_or_default();
    for (i, &bank) in item.shown.order.iter().enumerate() {
        let mark = if chosen.contains(&(i as u8)) {
            ">"
        } else {
            " "
        };
        let label = format!("{mark} {}. ", (b'A' + i as u8) as char);
        out.push_str(&look.wrap(&q.text.choices[bank as usize], &label, "     "));
    }
    if !chosen.is_empty() {
        out.push_str(&format!("\nYour answer: {}\n", letters(&chosen)));
    }
    out
}

/// The review list: every question with answered, unanswered and flagged marks.
pub fn exam_review(exam: &Exam) -> String {
    let p = exam.progress();
    let mut out = format!(
        "Review: {} answered, {} unanswered, {} flagged\n",
        p.answered, p.unanswered, p.flagged
    );
    let cells: Vec<String> = exam
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let state = if item.answer.is_some() {
                "answered"
            } else {
                "-"
            };
            let flag = if item.flagged { " F" } else { "" };
            format!("{:>3} {state}{flag}", i + 1)
        })
        .collect();
    for row in cells.chunks(5) {
        let line: Vec<String> = row.iter().map(|c| format!("{c:<15}")).collect();
        out.push_str(line.join("").trim_end());
        out.push('\n');
    }
    out
}

/// The score report of a finished exam.
pub fn exam_result(r: &ExamResult, look: &Look) -> String {
    let mut out = String::new();
    let verdict = if r.pass {
        look.good("PASS")
    } else {
        look.bad("FAIL")
    };
    out.push_str(&format!(
        "Result: {verdict}   estimated scaled score {} (pass mark {PASS_MARK}, scale 100-1000)\n",
        r.scaled
    ));
    out.push_str(&format!(
        "Correct: {} of {} ({:.1}%); answered {} of {}\n",
        r.correct, r.total, r.percent, r.answered, r.total
    ));
    out.push_str(&look.dim(
        "The scaled score is an estimate: dva maps percent correct piecewise-linearly through 0% = 100, 72% = 720 and 100% = 1000. AWS does not publish its scaling.",
    ));
    out.push('\n');
    let time = match r.limit {
        Some(l) => format!("Time used: {} of {}", clock(r.used), clock(l)),
        None => format!("Time used: {} (untimed)", clock(r.used)),
    };
    out.push_str(&format!(
        "{time}; {:.0} s per question on average\n",
        r.seconds_per_question
    ));
    if let Some(limit) = r.limit {
        match r.behind {
            Some(b) => out.push_str(&format!(
                "Pacing: you fell behind a pace that finishes in time at your answer {} ({} used, {} would keep pace; {:.0} s per question).\n",
                b.answer,
                clock(b.used),
                clock(b.target),
                limit.as_secs_f64() / r.total.max(1) as f64
            )),
            None => out.push_str("Pacing: you kept a pace that finishes in time.\n"),
        }
    }
    out.push('\n');

    let mut domains = table(look);
    domains.set_header(vec!["Domain", "Correct", "Total", "%", "Result"]);
    for d in &r.domains {
        let name = blueprint::domain(d.domain).map_or("", |x| x.name);
        domains.add_row(vec![
            format!("{} {name}", d.domain),
            d.correct.to_string(),
            d.total.to_string(),
            format!("{:.0}%", d.percent),
            if d.meets {
                "meets competencies"
            } else {
                "needs improvement"
            }
            .to_string(),
        ]);
    }
    out.push_str(&domains.to_string());
    out.push_str("\n\n");

    let mut topics = table(look);
    topics.set_header(vec![
        "Topic",
        "Correct",
        "%",
        "Status",
        "Reread (dva notes)",
    ]);
    for t in &r.topics {
        topics.add_row(vec![
            t.topic.clone(),
            format!("{}/{}", t.correct, t.total),
            format!("{:.0}%", t.percent),
            t.status.as_str().to_string(),
            t.reread.join(", "),
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
        out.push_str("\nWork on these first:\n");
        for t in gaps.iter().take(5) {
            out.push_str(&format!("  dva drill {t}\n"));
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
    let mut out = String::new();
    let t = card.total;
    if t.answered == 0 {
        out.push_str("No questions answered.\n");
        return out;
    }
    let stopped = if (t.answered as usize) < planned {
        format!(" (stopped after {} of {planned})", t.answered)
    } else {
        String::new()
    };
    out.push_str(&look.bold(&format!(
        "Score: {} of {} correct ({:.0}%){stopped}",
        t.correct,
        t.answered,
        t.percent()
    )));
    out.push_str("\n\n");

    let mut topics = table(look);
    topics.set_header(vec!["Topic", "Answered", "Correct", "%"]);
    for (slug, s) in &card.by_topic {
        topics.add_row(row(slug.clone(), s));
    }
    out.push_str(&topics.to_string());
    out.push_str("\n\n");

    let mut domains = table(look);
    domains.set_header(vec!["Domain", "Answered", "Correct", "%"]);
    for (d, s) in &card.by_domain {
        let name = blueprint::domain(*d).map_or(String::new(), |d| d.name.to_string());
        domains.add_row(row(format!("{d} {name}"), s));
    }
    out.push_str(&domains.to_string());
    out.push_str("\n\n");

    match card.weakest_topics().first() {
        Some((slug, s)) if s.percent() < 80.0 => out.push_str(&format!(
            "Next: drill your weakest topic again: dva drill {slug}\n"
        )),
        _ => out.push_str("Next: every topic here is at 80% or better; drill another topic (dva topics lists them).\n"),
    }
    out
}
