//! Text for `dva stats` and `dva history`: tables that fit 80 columns
//! (comfy-table wraps cells by display width, so Korean notes titles keep
//! the layout), the weakest topics, and a chart of mock-exam scores.

use std::collections::HashMap;
use std::time::{Duration, SystemTime};

use comfy_table::{Cell, CellAlignment, Color, ColumnConstraint, Width};

use super::render::{self, Look, table};
use crate::bank::{Bank, notes};
use crate::blueprint;
use crate::engine::clock::rfc3339;
use crate::engine::progress::{
    ExamScore, Line, MIN_ANSWERS, Progress, RECENT_DAYS, SessionInfo, Standing,
};
use crate::engine::scoring::PASS_MARK;
use crate::engine::tally::Tally;
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

    fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some((ago, from)) = self.since {
            parts.push(format!(
                "since {} UTC ({} ago)",
                minute(from),
                humantime::format_duration(ago)
            ));
        }
        match self.topics.as_slice() {
            [] => {}
            [one] => parts.push(format!("topic {one}")),
            many => parts.push(format!("topics {}", many.join(", "))),
        }
        if let Some(d) = self.domain {
            let name = blueprint::domain(d).map_or("", |x| x.name);
            parts.push(format!("domain {d} {name}"));
        }
        if parts.is_empty() {
            "All practice".to_string()
        } else {
            let mut s = parts.join(", ");
            s[..1].make_ascii_uppercase();
            s
        }
    }

    /// Said when nothing matches.
    pub fn nothing(&self) -> String {
        format!(
            "{}: no answers. Widen the filters, or see every session with: dva history\n",
            self.describe()
        )
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

fn standing_cell(s: Standing) -> Cell {
    let cell = Cell::new(s.as_str());
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
    let mut t = table(look);
    t.set_header(vec![
        first,
        "Answered",
        "Correct",
        "%",
        "Last 30 days",
        "Status",
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
            longest.min(NAME_MIN) as u16 + 2,
        )));
    }
    for (l, name) in lines.iter().zip(names) {
        t.add_row(vec![
            Cell::new(name),
            right(l.all.answered.to_string()),
            right(l.all.correct.to_string()),
            right(pct(&l.all)),
            right(recent_cell(&l.recent)),
            standing_cell(l.standing),
        ]);
    }
    t.to_string()
}

/// Name columns are kept at least this wide (or as wide as the longest
/// name): "1 Development with AWS" on one line.
const NAME_MIN: usize = 22;

/// Sections shown per weak topic; the rest are counted.
const REREAD_SHOWN: usize = 4;

/// The whole `dva stats` report.
pub fn stats(p: &Progress, scope: &Scope, look: &Look) -> String {
    let mut out = String::new();
    let range = match (p.first, p.last) {
        (Some(a), Some(b)) if day(a) == day(b) => format!(" on {}", day(a)),
        (Some(a), Some(b)) => format!(", {} to {}", day(a), day(b)),
        _ => String::new(),
    };
    out.push_str(&look.bold(&format!(
        "{}: {} answer{} in {} session{}{range}",
        scope.describe(),
        p.all.answered,
        if p.all.answered == 1 { "" } else { "s" },
        p.sessions,
        if p.sessions == 1 { "" } else { "s" },
    )));
    out.push('\n');
    out.push_str(&format!(
        "Correct: {} of {} ({}); last {RECENT_DAYS} days: {}.\n",
        p.all.correct,
        p.all.answered,
        pct(&p.all),
        if p.recent.answered == 0 {
            "no answers".to_string()
        } else {
            format!(
                "{} of {} ({})",
                p.recent.correct,
                p.recent.answered,
                pct(&p.recent)
            )
        }
    ));
    out.push_str(&look.dim(&format!(
        "Status: strong at 80%+, ok at 60%+, gap below 60%, too few answers under {MIN_ANSWERS}."
    )));
    out.push_str("\n\n");

    out.push_str(&look.bold("By domain"));
    out.push('\n');
    out.push_str(&lines_table(look, "Domain", &p.domains, |d| {
        format!("{d} {}", blueprint::domain(*d).map_or("", |x| x.name))
    }));
    out.push_str("\n\n");
    out.push_str(&look.bold("By topic"));
    out.push('\n');
    out.push_str(&lines_table(look, "Topic", &p.topics, |t| t.clone()));
    out.push_str("\n\n");

    out.push_str(&weakest(p, look));
    if !scope.partial() {
        out.push('\n');
        out.push_str(&exam_chart(&p.exams, look));
    }
    out
}

fn weakest(p: &Progress, look: &Look) -> String {
    let mut out = String::new();
    out.push_str(&look.bold("Weakest topics"));
    out.push('\n');
    if p.weakest.is_empty() {
        let enough = p.topics.iter().any(|t| t.standing != Standing::TooFew);
        out.push_str(if enough {
            "None: every topic with 5 or more answers is strong (80% or more).\n"
        } else {
            "Too few answers yet: a topic needs 5 or more to be judged.\n"
        });
        return out;
    }
    let titles: HashMap<String, String> = notes::sections()
        .into_iter()
        .map(|s| (s.number, s.title))
        .collect();
    let mut t = table(look);
    t.set_header(vec![
        "Topic",
        "Correct",
        "Reread (dva notes SECTION), misses",
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
            reread.push(format!("and {} more", w.reread.len() - REREAD_SHOWN));
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
                w.standing.as_str()
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
        out.push_str("Drill them next:\n");
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
pub fn exam_chart(exams: &[ExamScore], look: &Look) -> String {
    let mut out = String::new();
    out.push_str(&look.bold("Mock exams"));
    out.push('\n');
    if exams.is_empty() {
        out.push_str("No finished mock exam yet. Take one with: dva exam --timed 130m\n");
        return out;
    }
    let fancy = look.width.is_some();
    let (full, mark) = if fancy { ('█', '│') } else { ('#', '|') };
    let pass_cell = ((f64::from(PASS_MARK) - BAR_MIN) / BAR_STEP).round() as usize;
    let shown = &exams[exams.len().saturating_sub(CHART_EXAMS)..];
    out.push_str(&format!(
        "Estimated scaled score, newest last; {mark} is the pass mark, {PASS_MARK}.\n"
    ));
    if exams.len() > shown.len() {
        out.push_str(&format!(
            "The last {} of {} exams; dva history lists them all.\n",
            shown.len(),
            exams.len()
        ));
    }
    // Axis labels above the bars: 100 at the start, the pass mark over its
    // line, 1000 at the end.
    let lead = " ".repeat(30);
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
        let verdict = if e.pass {
            look.good("PASS")
        } else {
            look.bad("FAIL")
        };
        out.push_str(&format!(
            "{:>5}  {}  {:>4} {verdict}  {}\n",
            format!("#{}", e.session_id),
            day(e.at),
            e.scaled,
            bar.trim_end()
        ));
    }
    out
}

fn mode(s: &SessionInfo) -> String {
    match &s.exam {
        Some(e) if e.final_exam => "exam (final)".to_string(),
        _ => s.mode.clone(),
    }
}

fn topics_cell(s: &SessionInfo) -> String {
    match &s.exam {
        Some(e) => match e.domain {
            Some(d) => format!("domain {d}"),
            None => "all domains".to_string(),
        },
        None => s.topics.join(", "),
    }
}

fn questions_cell(s: &SessionInfo) -> String {
    match &s.exam {
        Some(e) if e.status == "in_progress" => format!("{} of {}", e.answered, e.questions),
        Some(e) => e.questions.to_string(),
        None if (s.answered as usize) < s.planned as usize && s.ended_at.is_some() => {
            format!("{} of {}", s.answered, s.planned)
        }
        None => s.answered.to_string(),
    }
}

fn score_cell(s: &SessionInfo) -> String {
    match s.status() {
        "in_progress" => return "in progress".to_string(),
        "discarded" => return "discarded".to_string(),
        _ => {}
    }
    let Some(p) = s.percent() else {
        return "-".to_string();
    };
    let base = format!("{}/{} {p:.0}%", s.correct, s.answered);
    match s.scaled() {
        Some(n) if n >= PASS_MARK => format!("{base}, {n} PASS"),
        Some(n) => format!("{base}, {n} FAIL"),
        None => base,
    }
}

/// The table of sessions, oldest first.
pub fn history(sessions: &[SessionInfo], look: &Look) -> String {
    let mut t = table(look);
    t.set_header(vec![
        "ID",
        "Started (UTC)",
        "Mode",
        "Topics",
        "Questions",
        "Score",
        "Duration",
    ]);
    // Start times and headers on one line.
    for (column, width) in [(1, "2026-01-10 09:00".len()), (4, "Questions".len())] {
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
            Cell::new(mode(s)),
            Cell::new(topics_cell(s)),
            right(questions_cell(s)),
            Cell::new(score_cell(s)),
            right(s.duration().map_or("-".to_string(), render::clock)),
        ]);
    }
    let mut out = t.to_string();
    out.push_str("\nOne session's answers: dva history ID\n");
    out
}

/// One session: what it was, then every answer.
pub fn session(s: &SessionInfo, answers: &[AnswerRow], bank: &Bank, look: &Look) -> String {
    let mut out = String::new();
    let what = match &s.exam {
        Some(_) => format!("{} ({})", mode(s), topics_cell(s)),
        None if s.topics.is_empty() => s.mode.clone(),
        None => format!("{}: {}", s.mode, s.topics.join(", ")),
    };
    out.push_str(&look.bold(&format!("Session {}, {what}", s.id)));
    out.push('\n');
    let duration = s
        .duration()
        .map_or(String::new(), |d| format!("; {}", render::clock(d)));
    out.push_str(&format!(
        "Started {} UTC; {}{duration}; score {}\n",
        minute(s.started_at),
        s.status().replace('_', " "),
        score_cell(s)
    ));
    if answers.is_empty() {
        if s.status() == "in_progress" {
            out.push_str("\nThe exam is still in progress; its answers are logged when it ends. Continue it with: dva resume\n");
        } else {
            out.push_str("\nNo questions were answered in this session.\n");
        }
        return out;
    }
    out.push('\n');
    let mut t = table(look);
    t.set_header(vec![
        "#", "Question", "Topic", "Chosen", "Key", "Result", "Time",
    ]);
    // Question ids on one line: "secrets-manager-001".
    let longest = answers
        .iter()
        .map(|a| console::measure_text_width(&a.question_id))
        .max()
        .unwrap_or(0);
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
            Cell::new("correct").fg(Color::Green)
        } else {
            Cell::new("wrong").fg(Color::Red)
        };
        t.add_row(vec![
            right((i + 1).to_string()),
            Cell::new(&a.question_id),
            Cell::new(&a.topic),
            Cell::new(if a.chosen.is_empty() { "-" } else { &a.chosen }),
            Cell::new(key),
            result,
            right(render::clock(Duration::from_secs_f64(a.seconds.max(0.0)))),
        ]);
    }
    out.push_str(&t.to_string());
    out.push('\n');
    out.push_str(
        &look.dim("Letters in the bank's order (dva bank show ID), not as shown; - is unanswered."),
    );
    out.push('\n');
    if !missing.is_empty() {
        out.push_str(&format!(
            "No longer in the bank (counted all the same): {}\n",
            missing.join(", ")
        ));
    }
    if s.is_exam() && s.exam.is_some() && s.status() == "finished" {
        out.push_str(&format!(
            "Every missed question with explanations: dva exam review {}\n",
            s.id
        ));
    }
    out
}
