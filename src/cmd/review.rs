//! `dva review`: spaced review of the questions FSRS says are due, what
//! falls due in the coming week (`--due`), and the readiness report with the
//! pass forecast (`--forecast`). The schedule is replayed from the answer
//! log each time; nothing else is stored.

use std::io;

use anyhow::Result;
use chrono::{DateTime, Days, Local, NaiveTime, TimeZone, Utc};
use rand::SeedableRng;
use rand::rngs::StdRng;
use serde::Serialize;

use super::Outcome;
use super::drill::run_with;
use crate::bank::{Question, topics};
use crate::cli::ReviewArgs;
use crate::engine::drill::Drill;
use crate::engine::forecast::{self, SIMULATIONS};
use crate::engine::memory::{self, Memory};
use crate::engine::select;
use crate::settings::Settings;
use crate::store::Mode;
use crate::ui::line::Line;
use crate::ui::readiness;
use crate::ui::render::Look;
use crate::ui::term::Interactive;

/// Days `--due` covers: today and the next 7.
const DUE_DAYS: u64 = 8;

pub fn run(settings: &Settings, args: &ReviewArgs) -> Result<Outcome> {
    let bank = settings.load_bank();
    let mut store = settings.open_store()?;
    let clock = settings.clock();
    let now = DateTime::<Utc>::from(settings.now());
    let log = store.answer_log()?;
    let look = Look {
        color: settings.color,
        width: settings.interactive.then_some(100),
        lang: settings.lang,
    };

    if args.forecast {
        let questions: Vec<&Question> = bank.questions().iter().collect();
        let seed = args.seed.unwrap_or_else(rand::random);
        let report = forecast::readiness(&questions, &log, now, seed, SIMULATIONS);
        if args.json {
            println!("{}", readiness::json(&report)?);
        } else {
            print!("{}", readiness::text(&report, &look));
        }
        return Ok(Outcome::Ok);
    }

    super::exam::ensure_final_reserve(&mut store, &bank)?;
    // The final exam's questions stay unseen until it is taken, as in drills.
    let held = store.held_back()?;
    let slugs = if args.topics.is_empty() {
        Vec::new()
    } else {
        topics::resolve_all(&args.topics)?
    };
    let pool: Vec<&Question> = bank
        .questions()
        .iter()
        .filter(|q| slugs.is_empty() || slugs.contains(&q.topic.as_str()))
        .filter(|q| !held.contains(&q.id))
        .collect();
    // The schedule as of now: answers stamped later (a clock set back, or
    // DVA_NOW in the past) are not yet part of it.
    let memory = Memory::as_of(&log, now);
    let scope = if slugs.is_empty() {
        String::new()
    } else {
        format!(" in {}", slugs.join(", "))
    };

    if args.due {
        return due(&pool, &memory, now, &slugs, &scope, args.json);
    }

    if memory.answers() == 0 {
        println!(
            "Nothing to review yet: dva schedules a question for review once you have answered it. Start with a drill: dva drill TOPIC (dva topics lists them)."
        );
        return Ok(Outcome::Ok);
    }
    let due_now = select::review(&pool, &memory, now, usize::MAX);
    if due_now.is_empty() {
        match select::next_due(&pool, &memory, now) {
            Some(next) => println!(
                "Nothing is due for review{scope}. The next question is due {} ({}).",
                local(next),
                until(now, next)
            ),
            None => println!(
                "Nothing to review{scope}: you have not answered any of its questions yet. Drill it first: dva drill {}",
                if slugs.is_empty() {
                    "TOPIC".to_string()
                } else {
                    slugs.join(" ")
                }
            ),
        }
        return Ok(Outcome::Ok);
    }

    let picked: Vec<&Question> = due_now.iter().copied().take(args.count as usize).collect();
    if picked.len() == 1 && due_now.len() > 1 {
        println!(
            "{} questions are due for review{scope}; here is the most overdue.\n",
            due_now.len()
        );
    } else if picked.len() < due_now.len() {
        println!(
            "{} questions are due for review{scope}; here are the {} most overdue.\n",
            due_now.len(),
            picked.len()
        );
    } else if picked.len() == 1 {
        println!("1 question is due for review{scope}.\n");
    } else {
        println!(
            "{} questions are due for review{scope}, most overdue first.\n",
            picked.len()
        );
    }
    let mut labels: Vec<&str> = if slugs.is_empty() {
        picked.iter().map(|q| q.topic.as_str()).collect()
    } else {
        slugs.clone()
    };
    labels.sort_unstable();
    labels.dedup();
    let seed = args.seed.unwrap_or_else(rand::random);
    let mut rng = StdRng::seed_from_u64(seed);
    let mut drill = Drill::new(picked, &mut rng, clock.as_ref());
    if settings.interactive {
        let mut ui = Interactive::new(settings.color, drill.len(), settings.lang);
        run_with(
            &mut drill,
            &store,
            Mode::Review,
            &labels,
            seed,
            clock.as_ref(),
            &mut ui,
        )
    } else {
        let stdin = io::stdin();
        let mut ui = Line::new(stdin.lock(), io::stdout().lock(), settings.lang);
        run_with(
            &mut drill,
            &store,
            Mode::Review,
            &labels,
            seed,
            clock.as_ref(),
            &mut ui,
        )
    }
}

/// One day of `--due`.
#[derive(Debug, Serialize)]
struct DueDay {
    /// The local date, YYYY-MM-DD.
    date: String,
    /// Questions falling due that day; for today, overdue ones included.
    due: usize,
}

#[derive(Debug, Serialize)]
struct DueReport<'a> {
    as_of: String,
    /// Topic slugs; empty for every topic.
    topics: &'a [&'a str],
    days: Vec<DueDay>,
}

/// `dva review --due`: questions due today (overdue included) and on each
/// of the next 7 days, by the local calendar.
fn due(
    pool: &[&Question],
    memory: &Memory,
    now: DateTime<Utc>,
    slugs: &[&str],
    scope: &str,
    json: bool,
) -> Result<Outcome> {
    let today = now.with_timezone(&Local).date_naive();
    let dates: Vec<_> = (0..DUE_DAYS)
        .filter_map(|i| today.checked_add_days(Days::new(i)))
        .collect();
    // Each day ends at the next local midnight.
    let ends: Vec<DateTime<Utc>> = dates
        .iter()
        .filter_map(|d| d.checked_add_days(Days::new(1)))
        .filter_map(|d| {
            Local
                .from_local_datetime(&d.and_time(NaiveTime::MIN))
                .earliest()
        })
        .map(|t| t.to_utc())
        .collect();
    let counts = memory::count_due(memory, pool.iter().map(|q| q.id.as_str()), &ends);
    let days: Vec<DueDay> = dates
        .iter()
        .zip(&counts)
        .map(|(d, &due)| DueDay {
            date: d.format("%Y-%m-%d").to_string(),
            due,
        })
        .collect();
    if json {
        let report = DueReport {
            as_of: crate::engine::clock::rfc3339(now.into()),
            topics: slugs,
            days,
        };
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(Outcome::Ok);
    }
    println!("Questions due for review{scope}:");
    for (i, (d, day)) in dates.iter().zip(&days).enumerate() {
        let label = if i == 0 {
            format!("today, {} (overdue included)", day.date)
        } else {
            d.format("%a %Y-%m-%d").to_string()
        };
        println!("  {label:<36} {:>4}", day.due);
    }
    if memory.seen() == 0 {
        println!("Nothing is scheduled yet: answer some questions first (dva drill TOPIC).");
    } else if let Some(next) = select::next_due(pool, memory, ends.last().copied().unwrap_or(now)) {
        println!("After that, the next one falls due {}.", local(next));
    }
    Ok(Outcome::Ok)
}

/// A moment in local time, to the minute.
fn local(t: DateTime<Utc>) -> String {
    t.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string()
}

/// How long from `now` to `t`, roughly: "in 5 minutes", "in 3 hours", "in 4 days".
fn until(now: DateTime<Utc>, t: DateTime<Utc>) -> String {
    let minutes = (t - now).num_minutes().max(1);
    let (n, unit) = if minutes < 120 {
        (minutes, "minute")
    } else if minutes < 48 * 60 {
        (minutes / 60, "hour")
    } else {
        (minutes / (24 * 60), "day")
    };
    format!("in {n} {unit}{}", if n == 1 { "" } else { "s" })
}
