//! What each export holds, row by row. Keep the column lists in step with
//! the README's "Export columns".

use std::time::SystemTime;

use anyhow::Result;

use super::{Exporter, Value};
use crate::blueprint;
use crate::engine::clock::rfc3339;
use crate::engine::progress::{Line, Progress, Standing};
use crate::engine::scoring::PASS_MARK;
use crate::engine::tally::Tally;
use crate::store::Store;
use crate::store::queries::AnswerFilter;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Answers,
    Sessions,
    Topics,
    Domains,
}

pub const ANSWER_COLUMNS: &[&str] = &[
    "answered_at",
    "session_id",
    "mode",
    "question_id",
    "topic",
    "domain",
    "chosen",
    "correct",
    "guess",
    "seconds",
];

pub const SESSION_COLUMNS: &[&str] = &[
    "session_id",
    "mode",
    "started_at",
    "ended_at",
    "status",
    "topics",
    "questions",
    "answered",
    "correct",
    "percent",
    "seconds",
    "scaled_score",
    "passed",
];

pub const TOPIC_COLUMNS: &[&str] = &[
    "topic",
    "answered",
    "correct",
    "percent",
    "answered_30d",
    "correct_30d",
    "percent_30d",
    "status",
    "last_answered_at",
    "title",
];

pub const DOMAIN_COLUMNS: &[&str] = &[
    "domain",
    "answered",
    "correct",
    "percent",
    "answered_30d",
    "correct_30d",
    "percent_30d",
    "status",
    "last_answered_at",
    "name",
];

impl What {
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            What::Answers => ANSWER_COLUMNS,
            What::Sessions => SESSION_COLUMNS,
            What::Topics => TOPIC_COLUMNS,
            What::Domains => DOMAIN_COLUMNS,
        }
    }
}

fn round(x: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (x * f).round() / f
}

/// Percent correct to one decimal; `Null` when nothing was answered.
fn percent(t: &Tally) -> Value<'static> {
    if t.answered == 0 {
        Value::Null
    } else {
        Value::Float(round(t.percent(), 1))
    }
}

/// Write the header and rows of `what` from `store` (`None`: no store yet,
/// a header alone), with "the last 30 days" counted back from `now`.
/// Returns how many rows were written; `out` is finished.
pub fn write(
    store: Option<&Store>,
    what: What,
    now: SystemTime,
    out: &mut dyn Exporter,
) -> Result<usize> {
    out.header(what.columns())?;
    let rows = match store {
        None => 0,
        Some(store) => match what {
            What::Answers => answers(store, out)?,
            What::Sessions => sessions(store, out)?,
            What::Topics | What::Domains => {
                let answers = store.progress_answers(&AnswerFilter::default())?;
                // Notes sections are not exported, so no bank is needed.
                let p = Progress::compute(&answers, now, |_| None);
                if what == What::Topics {
                    topics(&p, out)?
                } else {
                    domains(&p, out)?
                }
            }
        },
    };
    out.finish()?;
    Ok(rows)
}

fn answers(store: &Store, out: &mut dyn Exporter) -> Result<usize> {
    let mut rows = 0;
    store.for_each_answer(|a| -> Result<()> {
        out.row(&[
            Value::Text(a.answered_at),
            Value::Int(a.session_id),
            Value::Text(a.mode),
            Value::Text(a.question_id),
            Value::Text(a.topic),
            Value::Int(a.domain.into()),
            Value::Text(a.chosen),
            Value::Bool(a.correct),
            Value::Bool(a.guess),
            Value::Float(round(a.seconds, 3)),
        ])?;
        rows += 1;
        Ok(())
    })?;
    Ok(rows)
}

fn sessions(store: &Store, out: &mut dyn Exporter) -> Result<usize> {
    let sessions = store.sessions()?;
    for s in &sessions {
        let started = rfc3339(s.started_at);
        let ended = s.ended_at.map(rfc3339);
        let topics = s.topics.join(" ");
        let scaled = s.scaled();
        out.row(&[
            Value::Int(s.id),
            Value::Text(&s.mode),
            Value::Text(&started),
            ended.as_deref().map_or(Value::Null, Value::Text),
            Value::Text(s.status()),
            Value::Text(&topics),
            Value::Int(s.questions().into()),
            Value::Int(s.answered.into()),
            Value::Int(s.correct.into()),
            s.percent()
                .map_or(Value::Null, |p| Value::Float(round(p, 1))),
            s.duration()
                .map_or(Value::Null, |d| Value::Float(round(d.as_secs_f64(), 1))),
            scaled.map_or(Value::Null, |n| Value::Int(n.into())),
            scaled.map_or(Value::Null, |n| Value::Bool(n >= PASS_MARK)),
        ])?;
    }
    Ok(sessions.len())
}

/// Key, tallies, status, last answer and name of one topic or domain.
fn line<K>(out: &mut dyn Exporter, key: Value, l: &Line<K>, name: &str) -> Result<()> {
    let last = rfc3339(l.last);
    out.row(&[
        key,
        Value::Int(l.all.answered.into()),
        Value::Int(l.all.correct.into()),
        percent(&l.all),
        Value::Int(l.recent.answered.into()),
        Value::Int(l.recent.correct.into()),
        percent(&l.recent),
        Value::Text(l.standing.as_str()),
        Value::Text(&last),
        Value::Text(name),
    ])?;
    Ok(())
}

/// A topic or domain with no answer yet: zero counts, no percent, no date.
fn untouched(out: &mut dyn Exporter, key: Value, name: &str) -> Result<()> {
    out.row(&[
        key,
        Value::Int(0),
        Value::Int(0),
        Value::Null,
        Value::Int(0),
        Value::Int(0),
        Value::Null,
        Value::Text(Standing::of(&Tally::default()).as_str()),
        Value::Null,
        Value::Text(name),
    ])?;
    Ok(())
}

/// Every topic of the blueprint in study-notes order, practised or not (the
/// widest gaps are the topics never practised), then any other topic with
/// answers (a learner's own bank, a retired slug).
fn topics(p: &Progress, out: &mut dyn Exporter) -> Result<usize> {
    let mut rows = 0;
    for t in blueprint::TOPICS {
        match p.topics.iter().find(|l| l.key == t.slug) {
            Some(l) => line(out, Value::Text(&l.key), l, t.title)?,
            None => untouched(out, Value::Text(t.slug), t.title)?,
        }
        rows += 1;
    }
    for l in &p.topics {
        if blueprint::topic_by_slug(&l.key).is_none() {
            line(out, Value::Text(&l.key), l, "")?;
            rows += 1;
        }
    }
    Ok(rows)
}

/// All four exam domains, practised or not.
fn domains(p: &Progress, out: &mut dyn Exporter) -> Result<usize> {
    for d in blueprint::DOMAINS {
        match p.domains.iter().find(|l| l.key == d.number) {
            Some(l) => line(out, Value::Int(l.key.into()), l, d.name)?,
            None => untouched(out, Value::Int(d.number.into()), d.name)?,
        }
    }
    Ok(blueprint::DOMAINS.len())
}
