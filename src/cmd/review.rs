//! `dva review`: spaced review of the questions FSRS says are due, what
//! falls due in the coming week (`--due`), and the readiness report with the
//! pass forecast (`--forecast`). The schedule is replayed from the answer
//! log each time; nothing else is stored.

use anyhow::Result;
use chrono::{DateTime, Datelike, Days, Local, NaiveTime, TimeZone, Utc, Weekday};
use rand::SeedableRng;
use rand::rngs::StdRng;
use rust_i18n::t;
use serde::Serialize;

use super::Outcome;
use crate::bank::{Question, topics};
use crate::cli::ReviewArgs;
use crate::engine::drill::Drill;
use crate::engine::forecast::{self, SIMULATIONS};
use crate::engine::memory::{self, Memory};
use crate::engine::select;
use crate::i18n::Lang;
use crate::settings::Settings;
use crate::store::Mode;
use crate::ui::readiness;
use crate::ui::render::Look;

/// Days `--due` covers: today and the next 7.
const DUE_DAYS: u64 = 8;

pub fn run(settings: &Settings, args: &ReviewArgs) -> Result<Outcome> {
    let bank = settings.load_bank();
    // --due and --forecast only read: they work on a store dva cannot
    // write, and create none.
    let reads_only = args.due || args.forecast;
    let mut store = if reads_only {
        settings.open_existing_store()?
    } else {
        Some(settings.open_store()?)
    };
    let clock = settings.clock();
    let now = DateTime::<Utc>::from(settings.now());
    let log = match &store {
        Some(s) => s.answer_log()?,
        None => Vec::new(),
    };
    let look = Look {
        color: settings.color,
        width: settings.interactive.then_some(80),
        lang: settings.lang,
    };

    if args.forecast {
        let questions: Vec<&Question> = bank.questions().iter().collect();
        // The same seed as `dva stats`, so both show the same forecast.
        let seed = args.seed.unwrap_or(forecast::DEFAULT_SEED);
        let report = forecast::readiness(&questions, &log, now, seed, SIMULATIONS);
        if args.json {
            outln!("{}", readiness::json(&report)?);
        } else {
            out!("{}", readiness::text(&report, &look));
        }
        return Ok(Outcome::Ok);
    }

    if let Some(s) = store.as_mut().filter(|_| !reads_only) {
        super::exam::ensure_final_reserve(s, &bank)?;
    }
    // The final exam's questions stay unseen until it is taken, as in drills.
    let held = super::exam::held_back(store.as_ref(), &bank)?;
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
    let l = settings.lang.code();
    let scope = if slugs.is_empty() {
        String::new()
    } else {
        t!("review.scope", locale = l, topics = slugs.join(", ")).to_string()
    };

    if args.due {
        return due(
            &pool,
            &memory,
            now,
            &slugs,
            &scope,
            args.json,
            settings.lang,
        );
    }

    if pool.is_empty() && !slugs.is_empty() {
        // Not even a drill could help: say so instead of suggesting one.
        outln!(
            "{}",
            t!("review.no_questions", locale = l, topics = slugs.join(", "))
        );
        return Ok(Outcome::Ok);
    }
    if memory.answers() == 0 {
        outln!("{}", t!("review.nothing_yet", locale = l));
        return Ok(Outcome::Ok);
    }
    let due_now = select::review(&pool, &memory, now, usize::MAX);
    if due_now.is_empty() {
        match select::next_due(&pool, &memory, now) {
            Some(next) => {
                // `--due` counts today up to midnight: say how many of those
                // are still to come, so the two agree.
                let later_today = end_of_today(now)
                    .map(|end| select::review(&pool, &memory, end, usize::MAX).len())
                    .unwrap_or(0);
                let key = if later_today > 0 {
                    "review.none_due_yet"
                } else {
                    "review.none_due"
                };
                outln!(
                    "{}",
                    t!(
                        key,
                        locale = l,
                        scope = scope,
                        n = later_today,
                        when = local(next),
                        until = until(now, next, settings.lang)
                    )
                )
            }
            None => outln!(
                "{}",
                t!(
                    "review.none_answered",
                    locale = l,
                    scope = scope,
                    topics = if slugs.is_empty() {
                        "TOPIC".to_string()
                    } else {
                        slugs.join(" ")
                    }
                )
            ),
        }
        return Ok(Outcome::Ok);
    }

    let Some(store) = &store else {
        unreachable!("a review session opens the store for writing");
    };
    let picked: Vec<&Question> = due_now.iter().copied().take(args.count as usize).collect();
    let intro = if picked.len() == 1 && due_now.len() > 1 {
        t!(
            "review.due_most",
            locale = l,
            n = due_now.len(),
            scope = scope
        )
    } else if picked.len() < due_now.len() {
        t!(
            "review.due_some",
            locale = l,
            n = due_now.len(),
            k = picked.len(),
            scope = scope
        )
    } else if picked.len() == 1 {
        t!("review.due_one", locale = l, scope = scope)
    } else {
        t!(
            "review.due_all",
            locale = l,
            n = picked.len(),
            scope = scope
        )
    };
    outln!("{intro}\n");
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
    super::drill::present(
        settings,
        &mut drill,
        store,
        Mode::Review,
        &labels,
        seed,
        clock.as_ref(),
    )
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
    lang: Lang,
) -> Result<Outcome> {
    let l = lang.code();
    let today = now.with_timezone(&Local).date_naive();
    let dates: Vec<_> = (0..DUE_DAYS)
        .filter_map(|i| today.checked_add_days(Days::new(i)))
        .collect();
    let ends: Vec<DateTime<Utc>> = dates.iter().filter_map(|&d| day_end(d)).collect();
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
        outln!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(Outcome::Ok);
    }
    outln!("{}", t!("review.due_heading", locale = l, scope = scope));
    for (i, (d, day)) in dates.iter().zip(&days).enumerate() {
        let label = if i == 0 {
            t!("review.today", locale = l, date = &day.date)
        } else {
            t!(
                "review.day",
                locale = l,
                weekday = weekday(d.weekday(), lang),
                date = &day.date
            )
        };
        // Padded by display width: a Korean syllable takes two columns.
        let pad = " ".repeat(36usize.saturating_sub(console::measure_text_width(&label)));
        outln!("  {label}{pad} {:>4}", day.due);
    }
    if memory.seen() == 0 {
        outln!("{}", t!("review.nothing_scheduled", locale = l));
    } else if let Some(next) = select::next_due(pool, memory, ends.last().copied().unwrap_or(now)) {
        outln!("{}", t!("review.after", locale = l, when = local(next)));
    }
    Ok(Outcome::Ok)
}

/// A weekday's short name: Mon, or 월 in Korean.
fn weekday(d: Weekday, lang: Lang) -> String {
    let l = lang.code();
    match d {
        Weekday::Mon => t!("weekday.mon", locale = l),
        Weekday::Tue => t!("weekday.tue", locale = l),
        Weekday::Wed => t!("weekday.wed", locale = l),
        Weekday::Thu => t!("weekday.thu", locale = l),
        Weekday::Fri => t!("weekday.fri", locale = l),
        Weekday::Sat => t!("weekday.sat", locale = l),
        Weekday::Sun => t!("weekday.sun", locale = l),
    }
    .to_string()
}

/// The end of a local calendar day: the next local midnight, in UTC.
fn day_end(day: chrono::NaiveDate) -> Option<DateTime<Utc>> {
    let next = day.checked_add_days(Days::new(1))?;
    Local
        .from_local_datetime(&next.and_time(NaiveTime::MIN))
        .earliest()
        .map(|t| t.to_utc())
}

/// The end of the local day `now` falls in.
fn end_of_today(now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    day_end(now.with_timezone(&Local).date_naive())
}

/// A moment in local time, to the minute.
fn local(t: DateTime<Utc>) -> String {
    t.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string()
}

/// How long from `now` to `then`, to the nearest unit: "in 5 minutes", "in
/// 3 hours", "in 4 days".
fn until(now: DateTime<Utc>, then: DateTime<Utc>, lang: Lang) -> String {
    let l = lang.code();
    let minutes = (then - now).num_minutes().max(1);
    let one = |n: i64| n == 1;
    if minutes < 120 {
        if one(minutes) {
            t!("review.in_minute", locale = l, n = minutes)
        } else {
            t!("review.in_minutes", locale = l, n = minutes)
        }
    } else if minutes < 48 * 60 {
        let n = (minutes + 30) / 60;
        if one(n) {
            t!("review.in_hour", locale = l, n = n)
        } else {
            t!("review.in_hours", locale = l, n = n)
        }
    } else {
        let n = (minutes + 12 * 60) / (24 * 60);
        if one(n) {
            t!("review.in_day", locale = l, n = n)
        } else {
            t!("review.in_days", locale = l, n = n)
        }
    }
    .to_string()
}
