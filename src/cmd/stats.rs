//! `dva stats`: progress across all practice, per domain and per topic, the
//! weakest topics and the trend of mock-exam scores; `--json` for scripts.

use anyhow::Result;
use rust_i18n::t;
use serde_json::{Value, json};

use super::Outcome;
use chrono::{DateTime, Utc};

use crate::bank::{Question, topics};
use crate::blueprint;
use crate::cli::StatsArgs;
use crate::engine::clock::rfc3339;
use crate::engine::forecast::{self, SIMULATIONS};
use crate::engine::progress::{Line, Progress, RECENT_DAYS};
use crate::engine::tally::Tally;
use crate::settings::Settings;
use crate::store::queries::AnswerFilter;
use crate::ui::progress::{self as view, Scope};
use crate::ui::readiness;
use crate::ui::render::Look;

pub fn run(settings: &Settings, args: &StatsArgs) -> Result<Outcome> {
    let slugs: Vec<String> = topics::resolve_all(&args.topic)?
        .into_iter()
        .map(String::from)
        .collect();
    let since = args.since.map(|d| {
        (
            d,
            settings
                .now()
                .checked_sub(d)
                .unwrap_or(std::time::UNIX_EPOCH),
        )
    });
    let scope = Scope {
        since,
        topics: slugs.clone(),
        domain: args.domain,
    };
    let filter = AnswerFilter {
        since: since.map(|(_, from)| from),
        topics: slugs,
        domain: args.domain,
    };
    let store = settings.open_existing_store()?;
    let answers = match &store {
        Some(s) => s.progress_answers(&filter)?,
        None => Vec::new(),
    };
    let bank = settings.load_bank();
    let mut progress = Progress::compute(&answers, settings.now(), |id| {
        bank.get(id).map(|q| q.notes.as_slice())
    });
    if scope.partial() {
        // A scaled score needs the whole exam.
        progress.exams.clear();
    }
    // Readiness speaks of the whole exam, so only an unfiltered report has it.
    let readiness = match &store {
        Some(s) if !scope.partial() && scope.since.is_none() && !answers.is_empty() => {
            let questions: Vec<&Question> = bank.questions().iter().collect();
            let now = DateTime::<Utc>::from(settings.now());
            Some(forecast::readiness(
                &questions,
                &s.answer_log()?,
                now,
                args.seed,
                SIMULATIONS,
            ))
        }
        _ => None,
    };
    // Topics the bank can drill that have no answer yet, in notes order
    // (an unfiltered report only).
    let unpractised: Vec<&str> = crate::blueprint::TOPICS
        .iter()
        .map(|t| t.slug)
        .filter(|slug| !progress.topics.iter().any(|l| l.key == *slug))
        .filter(|slug| bank.questions().iter().any(|q| q.topic == *slug))
        .collect();
    let unpractised: Vec<&str> = if scope.partial() || scope.since.is_some() {
        Vec::new()
    } else {
        unpractised
    };
    if args.json {
        let mut value = to_json(&progress, &scope);
        value["readiness"] = serde_json::to_value(&readiness)?;
        value["unpractised"] = serde_json::to_value(&unpractised)?;
        let mut text = serde_json::to_string_pretty(&value)?;
        text.push('\n');
        super::print(&text)?;
        return Ok(Outcome::Ok);
    }
    let look = Look {
        color: settings.color,
        width: settings.interactive.then_some(80),
        lang: settings.lang,
    };
    if answers.is_empty() {
        let any = match &store {
            Some(s) => s.has_answers()?,
            None => false,
        };
        if any {
            super::print(&scope.nothing(&look))?;
        } else {
            outln!(
                "{}",
                t!("progress.no_answers_yet", locale = look.lang.code())
            );
        }
        return Ok(Outcome::Ok);
    }
    super::print(&view::stats(&progress, &scope, &unpractised, &look))?;
    if let Some(r) = &readiness {
        super::print(&format!("\n{}", readiness::text(r, &look)))?;
    }
    Ok(Outcome::Ok)
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn tally(t: &Tally) -> Value {
    json!({
        "answered": t.answered,
        "correct": t.correct,
        "percent": (t.answered > 0).then(|| round1(t.percent())),
    })
}

fn line<K>(l: &Line<K>, key: (&str, Value), name: (&str, &str)) -> Value {
    json!({
        key.0: key.1,
        name.0: name.1,
        "all": tally(&l.all),
        "recent": tally(&l.recent),
        "status": l.standing.as_str(),
        "last_answered_at": rfc3339(l.last),
    })
}

/// The report as JSON. Percentages have one decimal and are null when
/// nothing was answered; times are RFC 3339 UTC.
pub fn to_json(p: &Progress, scope: &Scope) -> Value {
    json!({
        "now": rfc3339(p.now),
        "recent_days": RECENT_DAYS,
        "recent_from": rfc3339(p.recent_from),
        "filters": {
            "since": scope.since.map(|(_, from)| rfc3339(from)),
            "topics": scope.topics,
            "domain": scope.domain,
        },
        "sessions": p.sessions,
        "first_answered_at": p.first.map(rfc3339),
        "last_answered_at": p.last.map(rfc3339),
        "all": tally(&p.all),
        "recent": tally(&p.recent),
        "domains": p.domains.iter().map(|l| line(
            l,
            ("domain", json!(l.key)),
            ("name", blueprint::domain(l.key).map_or("", |d| d.name)),
        )).collect::<Vec<_>>(),
        "topics": p.topics.iter().map(|l| line(
            l,
            ("topic", json!(l.key)),
            ("title", blueprint::topic_by_slug(&l.key).map_or("", |t| t.title)),
        )).collect::<Vec<_>>(),
        "weakest": p.weakest.iter().map(|w| json!({
            "topic": w.topic,
            "all": tally(&w.all),
            "status": w.standing.as_str(),
            "reread": w.reread.iter().map(|r| json!({
                "section": r.section,
                "misses": r.misses,
            })).collect::<Vec<_>>(),
            "command": blueprint::topic_by_slug(&w.topic).map(|_| format!("dva drill {}", w.topic)),
        })).collect::<Vec<_>>(),
        "exams": p.exams.iter().map(|e| json!({
            "session_id": e.session_id,
            "ended_at": rfc3339(e.at),
            "correct": e.correct,
            "total": e.total,
            "percent": round1(e.percent),
            "scaled_score": e.scaled,
            "passed": e.pass,
        })).collect::<Vec<_>>(),
    })
}
