//! `dva drill`: questions from chosen topics with immediate feedback. Every
//! answer is committed to the store before its feedback is shown.

use std::collections::HashMap;
use std::io::{self, Write};

use anyhow::{Result, bail};
use chrono::{DateTime, Utc};
use rand::SeedableRng;
use rand::rngs::StdRng;

use rust_i18n::t;

use super::Outcome;
use crate::bank::topics;
use crate::cli::DrillArgs;
use crate::engine::clock::Clock;
use crate::engine::drill::Drill;
use crate::engine::memory::Memory;
use crate::engine::select;
use crate::i18n::message;
use crate::settings::Settings;
use crate::store::{AnswerRecord, Mode, Store};
use crate::ui::line::Line;
use crate::ui::term::Interactive;
use crate::ui::{DrillFrontend, Input};

pub fn run(settings: &Settings, args: &DrillArgs) -> Result<Outcome> {
    let slugs = topics::resolve_all(&args.topics)?;
    let bank = settings.load_bank();
    let mut store = settings.open_store()?;
    super::exam::ensure_final_reserve(&mut store, &bank)?;
    // The final exam's questions stay unseen until it is taken.
    let held = store.held_back()?;
    let mut pool = bank.in_topics(&slugs);
    let before = pool.len();
    pool.retain(|q| !held.contains(&q.id));
    // A topic with no questions at all gets the error below, not a note too.
    if pool.len() < args.count as usize && before > 0 {
        let l = settings.lang.code();
        let mut note = t!(
            "drill.fewer",
            locale = l,
            n = pool.len(),
            wanted = args.count
        )
        .to_string();
        if pool.len() < before {
            note.push(' ');
            note.push_str(&t!("drill.held", locale = l, held = before - pool.len()));
        }
        eprintln!("dva: {note}");
    }
    if pool.is_empty() {
        bail!(message!("drill.no_questions", topics = slugs.join(", ")));
    }
    let clock = settings.clock();
    let now = DateTime::<Utc>::from(settings.now());
    let memory = Memory::as_of(&store.answer_log_for(&slugs)?, now);
    let recall: HashMap<String, f64> = pool
        .iter()
        .filter_map(|q| memory.recall(&q.id, now).map(|r| (q.id.clone(), r)))
        .collect();
    let seed = args.seed.unwrap_or_else(rand::random);
    let mut rng = StdRng::seed_from_u64(seed);
    let picked = select::drill(&pool, &recall, args.count as usize, &mut rng);
    let mut drill = Drill::new(picked, &mut rng, clock.as_ref());

    present(
        settings,
        &mut drill,
        &store,
        Mode::Drill,
        &slugs,
        seed,
        clock.as_ref(),
    )
}

/// Run a drill (or a review) in the front end the settings call for: the
/// interactive terminal, or plain lines on stdin and stdout.
pub fn present(
    settings: &Settings,
    drill: &mut Drill,
    store: &Store,
    mode: Mode,
    labels: &[&str],
    seed: u64,
    clock: &dyn Clock,
) -> Result<Outcome> {
    if settings.interactive {
        let mut ui = Interactive::new(settings.color, drill.len(), settings.lang);
        run_with(drill, store, mode, labels, seed, clock, &mut ui)
    } else {
        let stdin = io::stdin();
        let mut ui = Line::new(stdin.lock(), io::stdout().lock(), settings.lang);
        run_with(drill, store, mode, labels, seed, clock, &mut ui)
    }
}

/// Drive a drill (or a review, as `mode` says) through a front end,
/// storing each answer as it is given.
pub fn run_with(
    drill: &mut Drill,
    store: &Store,
    mode: Mode,
    slugs: &[&str],
    seed: u64,
    clock: &dyn Clock,
    ui: &mut dyn DrillFrontend,
) -> Result<Outcome> {
    let total = drill.len();
    // The session is stored with its first answer, so nothing is written
    // (and synced) before the first question appears.
    let mut session: Option<i64> = None;
    let mut outcome = Outcome::Ok;
    'questions: while let Some(item) = drill.current().cloned() {
        ui.question(&item, drill.position(), total)?;
        drill.mark_shown();
        let verdict = loop {
            match ui.read_answer(&item)? {
                Input::Stop => break 'questions,
                Input::Interrupt => {
                    outcome = Outcome::Interrupted;
                    break 'questions;
                }
                Input::Letters(typed) => match drill.answer(&typed) {
                    Ok(v) => break v,
                    Err(e) => ui.refused(&e)?,
                },
            }
        };
        let q = item.question;
        store.record_answer(&AnswerRecord {
            session_id: match session {
                Some(id) => id,
                None => {
                    *session.insert(store.start_session(mode, slugs, seed, total, clock.now())?)
                }
            },
            question_id: &q.id,
            topic: &q.topic,
            domain: q.domain,
            chosen: verdict.chosen.iter().map(|&i| (b'A' + i) as char).collect(),
            correct: verdict.correct,
            guess: verdict.guess,
            seconds: verdict.seconds,
            answered_at: verdict.answered_at,
            mode,
        })?;
        ui.verdict(&item, &verdict, drill.scorecard())?;
        if drill.current().is_some() {
            match ui.next()? {
                Input::Stop => break,
                Input::Interrupt => {
                    outcome = Outcome::Interrupted;
                    break;
                }
                Input::Letters(_) => {}
            }
        }
    }
    if let Some(id) = session {
        store.finish_session(id, clock.now())?;
    }
    ui.summary(drill.scorecard(), total)?;
    io::stdout().flush()?;
    Ok(outcome)
}
