//! Text for `dva stats` and `dva history`: tables that fit 80 columns
//! (comfy-table wraps cells by display width, so Korean notes titles keep
//! the layout), the weakest topics, and a chart of mock-exam scores.

use std::collections::HashMap;
use std::time::{Duration, SystemTime};

use comfy_table::{Cell, CellAlignment, Color, ColumnConstraint, Width};
use rust_i18n::t;

use super::render::{self, Look, table};
use crate::bank::{Bank, notes};
use crate::blueprint;
use crate::engine::answer::GUESS_MARK;
use crate::engine::clock::rfc3339;
use crate::engine::forecast::EXAM_QUESTIONS;
use crate::engine::progress::{
    ExamScore, Line, MIN_ANSWERS, Progress, RECENT_DAYS, SessionInfo, Standing,
};
use crate::engine::scoring::PASS_MARK;
use crate::engine::tally::Tally;
use crate::i18n::Lang;
use crate::store::queries::AnswerRow;

/// What a report was narrowed to, for its first line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scope {
    /// `--since`: how far back, and the time that makes.
    pub since: Option<(Duration, SystemTime)>,
    pub topics: Vec<String>,
    pub domain: Option<u8>,
}

impl Scope {
    /// Narrowed to topics or a domain, so whole exams are not in view.
    pub fn partial(&self) -> bool {
        !self.topics.is_empty() || self.domain.is_some()
    }

    fn describe(&self, look: &Look) -> String {
        let l = look.lang.code();
        let mut parts = Vec::new();
        if let Some((ago, from)) = self.since {
            parts.push(
                t!(
                    "progress.scope_since",
                    locale = l,
                    from = minute(from),
                    ago = span(ago, look.lang)
                )
                .to_string(),
            );
        }
        match self.topics.as_slice() {
            [] => {}
            [one] => parts.push(t!("progress.scope_topic", locale = l, topic = one).to_string()),
            many => parts.push(
                t!(
                    "progress.scope_topics",
                    locale = l,
                    topics = many.join(", ")
                )
                .to_string(),
            ),
        }
        if let Some(d) = self.domain {
            parts.push(
                t!(
                    "progress.scope_domain",
                    locale = l,
                    domain = d,
                    name = render::domain_name(d, look)
                )
                .to_string(),
            );
        }
        if parts.is_empty() {
            t!("progress.scope_all", locale = l).to_string()
        } else {
            let mut s = parts.join(", ");
            // "since ..." begins the line as "Since ..."; Korean has no case.
            if s.is_char_boundary(1) {
                s[..1].make_ascii_uppercase();
            }
            s
        }
    }

    /// Said when nothing matches.
    pub fn nothing(&self, look: &Look) -> String {
        let mut out = t!(
            "progress.nothing",
            locale = look.lang.code(),
            scope = self.describe(look)
        )
        .to_string();
        out.push('\n');
        out
    }
}

/// How long `--since` reaches back, in whole units: "7 days" or "1 day 12
/// hours" in English, "7일" or "1일 12시간" in Korean.
fn span(d: Duration, lang: Lang) -> String {
    let s = d.as_secs();
    let amounts = [s / 86_400, s / 3600 % 24, s / 60 % 60, s % 60];
    let units: [(&str, &str); 4] = match lang {
        Lang::En => [
            (" day", " days"),
            (" hour", " hours"),
            (" minute", " minutes"),
            (" second", " seconds"),
        ],
        Lang::Ko => [("일", "일"), ("시간", "시간"), ("분", "분"), ("초", "초")],
    };
    let parts: Vec<String> = amounts
        .iter()
        .zip(units)
        .filter(|(n, _)| **n > 0)
        .map(|(n, (one, many))| format!("{n}{}", if *n == 1 { one } else { many }))
        .collect();
    if parts.is_empty() {
        format!("0{}", units[3].1)
    } else {
        parts.join(" ")
    }
}

/// `2026-03-24 12:00`, in UTC.
pub fn minute(t: SystemTime) -> String {
    let s = rfc3339(t);
    format!("{} {}", &s[..10], &s[11..16])
}

fn day(t: SystemTime) -> String {
    rfc3339(t)[..10].to_string()
}

fn pct(t: &Tally) -> String {
    format!("{:.0}%", t.percent())
}

fn recent_cell(t: &Tally) -> String {
    if t.answered == 0 {
        "-".to_string()
    } else {
        format!("{}/{} {}", t.correct, t.answered, pct(t))
    }
}

/// A standing in the look's language: strong, ok, gap or too few answers.
fn standing_word(s: Standing, look: &Look) -> String {
    let l = look.lang.code();
    match s {
        Standing::Strong => t!("result.strong", locale = l),
        Standing::Ok => t!("result.ok", locale = l),
        Standing::Gap => t!("result.gap", locale = l),
        Standing::TooFew => t!("progress.too_few", locale = l),
    }
    .to_string()
}

fn standing_cell(s: Standing, look: &Look) -> Cell {
    let cell = Cell::new(standing_word(s, look));
    match s {
        Standing::Strong => cell.fg(Color::Green),
        Standing::Ok => cell.fg(Color::Yellow),
        Standing::Gap => cell.fg(Color::Red),
        Standing::TooFew => cell,
    }
}

fn right(text: String) -> Cell {
    Cell::new(text).set_alignment(CellAlignment::Right)
}

fn lines_table<K>(
    look: &Look,
    first: &str,
    lines: &[Line<K>],
    name: impl Fn(&K) -> String,
) -> String {
    let code = look.lang.code();
    let mut t = table(look);
    t.set_header(vec![
        first.to_string(),
        t!("table.answered", locale = code).to_string(),
        t!("table.correct", locale = code).to_string(),
        "%".to_string(),
        t!("progress.last_days", locale = code, days = RECENT_DAYS).to_string(),
        t!("table.status", locale = code).to_string(),
    ]);
    let names: Vec<String> = lines.iter().map(|l| name(&l.key)).collect();
    // Keep names readable; the status wraps first ("too few / answers").
    let longest = names
        .iter()
        .map(|n| console::measure_text_width(n))
        .max()
        .unwrap_or(0);
    if let Some(c) = t.column_mut(0) {
        // The width includes the cell's padding.
        c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(
            longest.min(name_min(look)) as u16 + 2,
        )));
    }
    for (l, name) in lines.iter().zip(names) {
        t.add_row(vec![
            Cell::new(name),
            right(l.all.answered.to_string()),
            right(l.all.correct.to_string()),
            right(pct(&l.all)),
            right(recent_cell(&l.recent)),
            standing_cell(l.standing, look),
        ]);
    }
    t.to_string()
}

/// Name columns are kept at least this wide (or as wide as the longest
/// name): "1 Development with AWS" on one line.
const NAME_MIN: usize = 22;

/// The same in the look's language: Korean headers are narrower, which
/// leaves room for "1 AWS 서비스를 사용한 개발" (26 columns) on one line.
fn name_min(look: &Look) -> usize {
    match look.lang {
        Lang::En => NAME_MIN,
        Lang::Ko => 26,
    }
}

/// Sections shown per weak topic; the rest are counted.
const REREAD_SHOWN: usize = 4;

/// The whole `dva stats` report. `unpractised`: topics with questions in
/// the bank and no answer yet, listed under the topic table of an
/// unfiltered report so that the widest gaps show too.
pub fn stats(p: &Progress, scope: &Scope, unpractised: &[&str], look: &Look) -> String {
    let l = look.lang.code();
    let mut out = String::new();
    let range = match (p.first, p.last) {
        (Some(a), Some(b)) if day(a) == day(b) => {
            t!("progress.range_day", locale = l, day = day(a)).to_string()
        }
        (Some(a), Some(b)) => {
            t!("progress.range", locale = l, from = day(a), to = day(b)).to_string()
        }
        _ => String::new(),
    };
    let answers = if p.all.answered == 1 {
        t!("progress.answers_one", locale = l, n = p.all.answered)
    } else {
        t!("progress.answers_many", locale = l, n = p.all.answered)
    };
    let sessions = if p.sessions == 1 {
        t!("progress.sessions_one", locale = l, n = p.sessions)
    } else {
        t!("progress.sessions_many", locale = l, n = p.sessions)
    };
    out.push_str(&look.bold(&t!(
        "progress.heading",
        locale = l,
        scope = scope.describe(look),
        answers = answers,
        sessions = sessions,
        range = range
    )));
    out.push('\n');
    let recent = if p.recent.answered == 0 {
        t!("progress.no_answers", locale = l)
    } else {
        t!(
            "progress.recent",
            locale = l,
            correct = p.recent.correct,
            answered = p.recent.answered,
            pct = pct(&p.recent)
        )
    };
    out.push_str(&t!(
        "progress.correct",
        locale = l,
        correct = p.all.correct,
        answered = p.all.answered,
        pct = pct(&p.all),
        days = RECENT_DAYS,
        recent = recent
    ));
    out.push('\n');
    out.push_str(&look.dim(&t!("progress.legend", locale = l, min = MIN_ANSWERS)));
    out.push_str("\n\n");

    out.push_str(&look.bold(&t!("progress.by_domain", locale = l)));
    out.push('\n');
    out.push_str(&lines_table(
        look,
        &t!("table.domain", locale = l),
        &p.domains,
        |d| format!("{d} {}", render::domain_name(*d, look)),
    ));
    out.push_str("\n\n");
    out.push_str(&look.bold(&t!("progress.by_topic", locale = l)));
    out.push('\n');
    out.push_str(&lines_table(
        look,
        &t!("table.topic", locale = l),
        &p.topics,
        |t| t.clone(),
    ));
    out.push('\n');
    if !scope.partial() && scope.since.is_none() && !unpractised.is_empty() {
        let line = t!(
            "progress.unpractised",
            locale = l,
            n = unpractised.len(),
            topics = unpractised.join(", ")
        );
        // Wrapped like the tables: to the terminal, or to 80 columns.
        let width = look.width.unwrap_or(80);
        for part in textwrap::wrap(
            &line,
            textwrap::Options::new(width)
                .subsequent_indent("  ")
                .word_splitter(textwrap::WordSplitter::NoHyphenation),
        ) {
            out.push_str(&part);
            out.push('\n');
        }
    }
    out.push('\n');

    out.push_str(&weakest(p, look));
    if !scope.partial() {
        out.push('\n');
        out.push_str(&exam_chart(&p.exams, scope.since.is_some(), look));
    }
    out
}

fn weakest(p: &Progress, look: &Look) -> String {
    let l = look.lang.code();
    let mut out = String::new();
    out.push_str(&look.bold(&t!("progress.weakest", locale = l)));
    out.push('\n');
    if p.weakest.is_empty() {
        let enough = p.topics.iter().any(|t| t.standing != Standing::TooFew);
        out.push_str(&if enough {
            t!("progress.weakest_none", locale = l, min = MIN_ANSWERS)
        } else {
            t!("progress.weakest_too_few", locale = l, min = MIN_ANSWERS)
        });
        out.push('\n');
        return out;
    }
    let titles: HashMap<String, String> = notes::sections()
        .into_iter()
        .map(|s| (s.number, s.title))
        .collect();
    let mut t = table(look);
    t.set_header(vec![
        t!("table.topic", locale = l),
        t!("table.correct", locale = l),
        t!("progress.reread_misses", locale = l),
    ]);
    for w in &p.weakest {
        let mut reread: Vec<String> = w
            .reread
            .iter()
            .take(REREAD_SHOWN)
            .map(|r| {
                let title = titles.get(&r.section).map_or("", String::as_str);
                format!("{} {title} ({})", r.section, r.misses)
            })
            .collect();
        if w.reread.len() > REREAD_SHOWN {
            reread.push(
                t!(
                    "progress.and_more",
                    locale = l,
                    n = w.reread.len() - REREAD_SHOWN
                )
                .to_string(),
            );
        }
        if reread.is_empty() {
            reread.push("-".to_string());
        }
        t.add_row(vec![
            Cell::new(&w.topic),
            Cell::new(format!(
                "{}/{} {}\n{}",
                w.all.correct,
                w.all.answered,
                pct(&w.all),
                standing_word(w.standing, look)
            )),
            Cell::new(reread.join("\n")),
        ]);
    }
    out.push_str(&t.to_string());
    out.push('\n');
    let commands: Vec<String> = p
        .weakest
        .iter()
        .filter(|w| blueprint::topic_by_slug(&w.topic).is_some())
        .map(|w| format!("  dva drill {}\n", w.topic))
        .collect();
    if !commands.is_empty() {
        out.push_str(&t!("progress.drill_next", locale = l));
        out.push('\n');
        out.extend(commands);
    }
    out
}

/// Exams shown in the chart, newest last.
const CHART_EXAMS: usize = 12;
/// Bar cells from 100 to 1000: 20 points each.
const BAR_CELLS: usize = 45;
const BAR_MIN: f64 = 100.0;
const BAR_STEP: f64 = 20.0;

/// Bars of estimated scaled scores, newest last, with the pass mark drawn
/// through them: a passing bar always crosses it, a failing one never does.
/// `in_period` says the exams are only those of a `--since` period.
pub fn exam_chart(exams: &[ExamScore], in_period: bool, look: &Look) -> String {
    let l = look.lang.code();
    let mut out = String::new();
    out.push_str(&look.bold(&t!("progress.exams", locale = l)));
    out.push('\n');
    if exams.is_empty() {
        let key = if in_period {
            "progress.no_exams_in_period"
        } else {
            "progress.no_exams"
        };
        out.push_str(&t!(key, locale = l));
        out.push('\n');
        return out;
    }
    let fancy = look.width.is_some();
    let (full, mark) = if fancy { ('█', '│') } else { ('#', '|') };
    let pass_cell = ((f64::from(PASS_MARK) - BAR_MIN) / BAR_STEP).round() as usize;
    let shown = &exams[exams.len().saturating_sub(CHART_EXAMS)..];
    out.push_str(&t!(
        "progress.chart_legend",
        locale = l,
        mark = mark,
        pass = PASS_MARK
    ));
    out.push('\n');
    if exams.len() > shown.len() {
        out.push_str(&t!(
            "progress.chart_last",
            locale = l,
            shown = shown.len(),
            total = exams.len()
        ));
        out.push('\n');
    }
    // The verdicts are padded to one width ("PASS" and "FAIL" are 4
    // columns, "합격" 4 and "불합격" 6) so that the bars line up.
    let (pass, fail) = (
        t!("result.pass", locale = l).to_string(),
        t!("result.fail", locale = l).to_string(),
    );
    let verdict_width = console::measure_text_width(&pass).max(console::measure_text_width(&fail));
    // Axis labels above the bars: 100 at the start, the pass mark over its
    // line, 1000 at the end. The bars start after "  #12  2026-03-28   800
    // PASS  ".
    let lead = " ".repeat(26 + verdict_width);
    let mut axis = [' '; BAR_CELLS];
    for (at, label) in [
        (0, "100".to_string()),
        (pass_cell - 1, PASS_MARK.to_string()),
        (BAR_CELLS - 4, "1000".to_string()),
    ] {
        for (i, c) in label.chars().enumerate() {
            axis[at + i] = c;
        }
    }
    out.push_str(&format!("{lead}{}\n", axis.iter().collect::<String>()));
    for e in shown {
        let raw = ((f64::from(e.scaled) - BAR_MIN) / BAR_STEP)
            .round()
            .max(0.0) as usize;
        let cells = if e.pass {
            raw.max(pass_cell + 1)
        } else {
            raw.min(pass_cell)
        }
        .min(BAR_CELLS);
        let bar: String = (0..BAR_CELLS)
            .map(|i| {
                if i == pass_cell {
                    mark
                } else if i < cells {
                    full
                } else {
                    ' '
                }
            })
            .collect();
        let word = if e.pass { &pass } else { &fail };
        let pad = " ".repeat(verdict_width - console::measure_text_width(word));
        let verdict = if e.pass {
            look.good(word)
        } else {
            look.bad(word)
        };
        // A shorter exam is starred: its score says less about the real one.
        let short = if (e.total as usize) < EXAM_QUESTIONS {
            "*"
        } else {
            " "
        };
        out.push_str(&format!(
            "{:>5}{short} {}  {:>4} {verdict}{pad}  {}\n",
            format!("#{}", e.session_id),
            day(e.at),
            e.scaled,
            bar.trim_end()
        ));
    }
    if shown.iter().any(|e| (e.total as usize) < EXAM_QUESTIONS) {
        out.push_str(&look.dim(&t!("progress.chart_short", locale = l, n = EXAM_QUESTIONS)));
        out.push('\n');
    }
    out
}

fn mode(s: &SessionInfo, look: &Look) -> String {
    let l = look.lang.code();
    match &s.exam {
        Some(e) if e.final_exam => t!("progress.mode_final", locale = l).to_string(),
        _ => match s.mode.as_str() {
            "drill" => t!("progress.mode_drill", locale = l).to_string(),
            "exam" => t!("progress.mode_exam", locale = l).to_string(),
            "review" => t!("progress.mode_review", locale = l).to_string(),
            other => other.to_string(),
        },
    }
}

/// A session's status (`finished`, `in_progress`, ...) in words.
fn status_word(status: &str, look: &Look) -> String {
    let l = look.lang.code();
    match status {
        "finished" => t!("progress.finished", locale = l).to_string(),
        "interrupted" => t!("progress.interrupted", locale = l).to_string(),
        "in_progress" => t!("progress.in_progress", locale = l).to_string(),
        "discarded" => t!("progress.discarded", locale = l).to_string(),
        other => other.replace('_', " "),
    }
}

fn topics_cell(s: &SessionInfo, look: &Look) -> String {
    let l = look.lang.code();
    match &s.exam {
        Some(e) => match e.domain {
            Some(d) => t!("progress.exam_domain", locale = l, domain = d).to_string(),
            None => t!("progress.all_domains", locale = l).to_string(),
        },
        None => {
            // A drill of a whole group (`dva drill serverless`) says so.
            let group = crate::blueprint::GROUPS.iter().find(|(_, members)| {
                members.len() == s.topics.len()
                    && members.iter().all(|m| s.topics.iter().any(|t| t == m))
            });
            match group {
                Some((name, _)) => (*name).to_string(),
                None => s.topics.join(", "),
            }
        }
    }
}

fn questions_cell(s: &SessionInfo, look: &Look) -> String {
    let n_of = |n: u32, total: u32| {
        t!(
            "progress.n_of",
            locale = look.lang.code(),
            n = n,
            total = total
        )
        .to_string()
    };
    match &s.exam {
        Some(e) if e.status == "in_progress" => n_of(e.answered, e.questions),
        Some(e) => e.questions.to_string(),
        None if (s.answered as usize) < s.planned as usize && s.ended_at.is_some() => {
            n_of(s.answered, s.planned)
        }
        None => s.answered.to_string(),
    }
}

fn score_cell(s: &SessionInfo, look: &Look) -> String {
    let l = look.lang.code();
    let status = s.status();
    if matches!(status, "in_progress" | "discarded") {
        return status_word(status, look);
    }
    let Some(p) = s.percent() else {
        return "-".to_string();
    };
    let base = format!("{}/{} {p:.0}%", s.correct, s.answered);
    match s.scaled() {
        Some(n) if n >= PASS_MARK => format!("{base}, {n} {}", t!("result.pass", locale = l)),
        Some(n) => format!("{base}, {n} {}", t!("result.fail", locale = l)),
        None => base,
    }
}

/// The table of sessions, oldest first.
pub fn history(sessions: &[SessionInfo], look: &Look) -> String {
    let l = look.lang.code();
    let mut t = table(look);
    let questions = t!("progress.questions", locale = l).to_string();
    let duration = t!("progress.duration", locale = l).to_string();
    t.set_header(vec![
        t!("progress.id", locale = l).to_string(),
        t!("progress.started", locale = l).to_string(),
        t!("progress.mode", locale = l).to_string(),
        t!("progress.topics", locale = l).to_string(),
        questions.clone(),
        t!("progress.score", locale = l).to_string(),
        duration.clone(),
    ]);
    // Start times, headers and each topic slug on one line (a slug broken
    // mid-word reads as two topics).
    let slug = sessions
        .iter()
        .flat_map(|s| {
            topics_cell(s, look)
                .split_whitespace()
                .map(console::measure_text_width)
                .collect::<Vec<_>>()
        })
        .max()
        .unwrap_or(0)
        .min(NAME_MIN);
    for (column, width) in [
        (1, "2026-01-10 09:00".len()),
        (3, slug),
        (4, console::measure_text_width(&questions)),
        (6, console::measure_text_width(&duration)),
    ] {
        if let Some(c) = t.column_mut(column) {
            c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(
                width as u16 + 2,
            )));
        }
    }
    for s in sessions {
        t.add_row(vec![
            right(s.id.to_string()),
            Cell::new(minute(s.started_at)),
            Cell::new(mode(s, look)),
            Cell::new(topics_cell(s, look)),
            right(questions_cell(s, look)),
            Cell::new(score_cell(s, look)),
            right(s.duration().map_or("-".to_string(), render::clock)),
        ]);
    }
    let mut out = t.to_string();
    out.push('\n');
    out.push_str(&t!("progress.history_hint", locale = l));
    out.push('\n');
    out
}

/// One session: what it was, then every answer.
pub fn session(s: &SessionInfo, answers: &[AnswerRow], bank: &Bank, look: &Look) -> String {
    let l = look.lang.code();
    let mut out = String::new();
    let what = match &s.exam {
        Some(_) => format!("{} ({})", mode(s, look), topics_cell(s, look)),
        None if s.topics.is_empty() => mode(s, look),
        None => format!("{}: {}", mode(s, look), s.topics.join(", ")),
    };
    out.push_str(&look.bold(&t!("progress.session", locale = l, id = s.id, what = what)));
    out.push('\n');
    let duration = s.duration().map_or(String::new(), |d| {
        t!(
            "progress.session_duration",
            locale = l,
            time = render::clock(d)
        )
        .to_string()
    });
    out.push_str(&t!(
        "progress.session_line",
        locale = l,
        start = minute(s.started_at),
        status = status_word(s.status(), look),
        duration = duration,
        score = score_cell(s, look)
    ));
    out.push('\n');
    if answers.is_empty() {
        out.push('\n');
        if s.status() == "in_progress" {
            out.push_str(&t!("progress.still_running", locale = l));
        } else if s.status() == "discarded" {
            out.push_str(&t!("progress.discarded_exam", locale = l));
        } else {
            out.push_str(&t!("progress.no_questions", locale = l));
        }
        out.push('\n');
        return out;
    }
    out.push('\n');
    let mut t = table(look);
    t.set_header(vec![
        "#".to_string(),
        t!("progress.question", locale = l).to_string(),
        t!("table.topic", locale = l).to_string(),
        t!("progress.chosen", locale = l).to_string(),
        t!("progress.key", locale = l).to_string(),
        t!("table.result", locale = l).to_string(),
        t!("progress.time", locale = l).to_string(),
    ]);
    // Question ids (and the column's heading) on one line: "secrets-manager-001".
    let heading = console::measure_text_width(&t!("progress.question", locale = l));
    let longest = answers
        .iter()
        .map(|a| console::measure_text_width(&a.question_id))
        .max()
        .unwrap_or(0)
        .max(heading);
    if let Some(c) = t.column_mut(1) {
        c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(
            longest.min(NAME_MIN) as u16 + 2,
        )));
    }
    let mut missing = Vec::new();
    for (i, a) in answers.iter().enumerate() {
        let key = match bank.get(&a.question_id) {
            Some(q) => q.key_letters(),
            None => {
                if !missing.contains(&a.question_id.as_str()) {
                    missing.push(a.question_id.as_str());
                }
                "?".to_string()
            }
        };
        let result = if a.correct {
            Cell::new(t!("progress.right", locale = l)).fg(Color::Green)
        } else {
            Cell::new(t!("progress.wrong", locale = l)).fg(Color::Red)
        };
        t.add_row(vec![
            right((i + 1).to_string()),
            Cell::new(&a.question_id),
            Cell::new(&a.topic),
            Cell::new(match (a.chosen.as_str(), a.guess) {
                ("", _) => "-".to_string(),
                (chosen, true) => format!("{chosen}{GUESS_MARK}"),
                (chosen, false) => chosen.to_string(),
            }),
            Cell::new(key),
            result,
            right(render::clock(Duration::from_secs_f64(a.seconds.max(0.0)))),
        ]);
    }
    out.push_str(&t.to_string());
    out.push('\n');
    out.push_str(&look.dim(&t!("progress.letters_note", locale = l)));
    out.push('\n');
    if answers.iter().any(|a| a.guess && !a.chosen.is_empty()) {
        out.push_str(&look.dim(&t!("progress.guess_note", locale = l)));
        out.push('\n');
    }
    if !missing.is_empty() {
        out.push_str(&t!(
            "progress.not_in_bank",
            locale = l,
            ids = missing.join(", ")
        ));
        out.push('\n');
    }
    if s.is_exam() && s.exam.is_some() && s.status() == "finished" {
        out.push_str(&t!("progress.review_exam", locale = l, id = s.id));
        out.push('\n');
    }
    out
}
