//! `dva exam`, `dva resume` and `dva exam review`: the mock exam from
//! selection to score report.

use std::collections::HashSet;
use std::io::{self, IsTerminal, Write};
use std::time::Duration;

use anyhow::{Result, bail};
use rand::SeedableRng;
use rand::rngs::StdRng;

use rust_i18n::t;

use super::Outcome;
use crate::bank::{Bank, Question};
use crate::cli::{ExamAction, ExamArgs};
use crate::engine::exam::{Exam, ExamItem};
use crate::engine::presentation::Presentation;
use crate::engine::scoring::{self, ExamResult};
use crate::engine::select;
use crate::i18n::message;
use crate::session::ExamRun;
use crate::settings::Settings;
use crate::store::Store;
use crate::store::exam::{ExamRecord, NewExam};
use crate::ui::exam_line::{self, Ending};
use crate::ui::render::{self, Look};

/// Questions in a full exam (exam guide).
pub const EXAM_QUESTIONS: usize = 65;
/// The real exam's time, used for `--final` unless `--timed` says otherwise.
pub const EXAM_TIME: Duration = Duration::from_secs(130 * 60);
/// The reserve is drawn with a fixed seed so that it depends only on the
/// bank and the learner's history.
const RESERVE_SEED: u64 = 0x0044_5641_4649_4e41;

pub fn run(settings: &Settings, args: &ExamArgs) -> Result<Outcome> {
    match &args.action {
        Some(ExamAction::Review { id }) => return review(settings, *id),
        Some(ExamAction::Discard) => return discard(settings),
        None => {}
    }
    let bank = settings.load_bank();
    let mut store = settings.open_store()?;
    ensure_final_reserve(&mut store, &bank)?;

    if let Some(current) = store.in_progress_exam()? {
        // Counted as the exam counts them (a half-ticked question is not
        // answered); by what is stored if a question has left the bank.
        let answered = rebuild(&bank, &current).map_or_else(
            |_| current.items.iter().filter(|i| i.chosen.is_some()).count(),
            |exam| exam.progress().answered,
        );
        let l = settings.lang.code();
        let what = t!(
            "exam.in_progress",
            locale = l,
            id = current.session_id,
            started = shown_time(&current.started_at),
            answered = answered,
            total = current.items.len()
        );
        if current.final_exam {
            // Like the real one, the final exam cannot be started over.
            bail!(message!("exam.final_in_progress", what = what));
        }
        if !settings.interactive {
            bail!(message!("exam.one_at_a_time", what = what));
        }
        match ask(
            &t!("exam.resume_or_discard", locale = l, what = what),
            &['r', 'd', 'c'],
        )? {
            'r' => return drive(settings, &mut store, &bank, current),
            'd' => store.discard_exam(current.session_id, settings.clock().now())?,
            _ => return Ok(Outcome::Ok),
        }
    }

    let seed = args.seed.unwrap_or_else(rand::random);
    let mut rng = StdRng::seed_from_u64(seed);
    let (questions, limit) = if args.final_exam {
        if let Some(id) = store.final_taken()? {
            outln!(
                "{}",
                t!("exam.final_taken", locale = settings.lang.code(), id = id)
            );
            return Ok(Outcome::Ok);
        }
        let reserve = store.final_reserve()?;
        let qs: Vec<&Question> = reserve.iter().filter_map(|id| bank.get(id)).collect();
        if qs.is_empty() {
            bail!(message!("exam.too_small_for_final"));
        }
        // One honest readiness check: say so before it starts.
        eprintln!(
            "dva: {}",
            t!("exam.final_once", locale = settings.lang.code())
        );
        (qs, Some(args.timed.unwrap_or(EXAM_TIME)))
    } else {
        let held = store.held_back()?;
        let pool: Vec<&Question> = bank
            .questions()
            .iter()
            .filter(|q| !held.contains(&q.id))
            .collect();
        let n = args.count.map_or(EXAM_QUESTIONS, |c| c as usize);
        let counts = match args.domain {
            Some(d) => {
                let mut c = [0; 4];
                c[d as usize - 1] = n;
                c
            }
            None => scoring::domain_counts(n),
        };
        let seen = store.seen_in_exams()?;
        let pick = select::exam(&pool, counts, &seen, args.domain.is_none(), &mut rng);
        if pick.questions.is_empty() {
            bail!(message!("exam.no_questions"));
        }
        // Either some domains were short and the others made up for them,
        // or the bank (or the one domain asked for) cannot fill the exam at
        // all: one warning says which.
        let l = settings.lang.code();
        let short = pick.questions.len() < n;
        if args.domain.is_some() || !short {
            for (d, wanted, found) in &pick.shortfalls {
                let fill = if args.domain.is_none() {
                    t!("exam.filled", locale = l)
                } else {
                    "".into()
                };
                eprintln!(
                    "{} {}",
                    t!("error.warning", locale = l),
                    t!(
                        "exam.shortfall",
                        locale = l,
                        found = found,
                        domain = d,
                        wanted = wanted,
                        fill = fill
                    )
                );
            }
        } else {
            eprintln!(
                "dva: {}",
                t!(
                    "drill.fewer",
                    locale = l,
                    n = pick.questions.len(),
                    wanted = n
                )
            );
        }
        (pick.questions, args.timed)
    };

    let clock = settings.clock();
    let items: Vec<(&str, Vec<u8>)> = questions
        .iter()
        .map(|q| {
            (
                q.id.as_str(),
                Presentation::shuffled(q.text().choices.len(), &mut rng).order,
            )
        })
        .collect();
    let mut topics: Vec<&str> = questions.iter().map(|q| q.topic.as_str()).collect();
    topics.sort_unstable();
    topics.dedup();
    let id = store.create_exam(&NewExam {
        seed,
        limit,
        final_exam: args.final_exam,
        domain: args.domain,
        topics: &topics,
        items,
        at: clock.now(),
    })?;
    let record = store
        .find_exam(id)?
        .ok_or_else(|| message!("exam.not_stored"))?;
    drive(settings, &mut store, &bank, record)
}

/// `dva resume`: continue the exam in progress.
pub fn resume(settings: &Settings) -> Result<Outcome> {
    let bank = settings.load_bank();
    let mut store = settings.open_store()?;
    let Some(record) = store.in_progress_exam()? else {
        bail!(message!("exam.none_in_progress"));
    };
    drive(settings, &mut store, &bank, record)
}

/// Hold back the final exam's questions, once per store: 65 built-in
/// questions at the blueprint weights, preferring ones never answered.
pub(crate) fn ensure_final_reserve(store: &mut Store, bank: &Bank) -> Result<()> {
    if store.final_taken()?.is_some() || !store.final_reserve()?.is_empty() {
        return Ok(());
    }
    let answered: HashSet<String> = store.last_results()?.into_keys().collect();
    let ids = draw_final_reserve(bank, &answered);
    if !ids.is_empty() {
        store.set_final_reserve(&ids)?;
    }
    Ok(())
}

/// The questions held back for the final exam, without writing: the stored
/// reserve, or the one `ensure_final_reserve` would draw now, so that
/// reports on a store dva cannot write (or on no store) agree with a drill.
pub(crate) fn held_back(store: Option<&Store>, bank: &Bank) -> Result<HashSet<String>> {
    let answered: HashSet<String> = match store {
        Some(s) if s.final_taken()?.is_some() => return Ok(HashSet::new()),
        Some(s) => {
            let reserve = s.final_reserve()?;
            if !reserve.is_empty() {
                return Ok(reserve.into_iter().collect());
            }
            s.last_results()?.into_keys().collect()
        }
        None => HashSet::new(),
    };
    Ok(draw_final_reserve(bank, &answered)
        .into_iter()
        .map(str::to_string)
        .collect())
}

/// The final exam's reserve as drawn from `bank` for a learner who has
/// answered `answered`; empty when the built-in bank is too small.
fn draw_final_reserve<'b>(bank: &'b Bank, answered: &HashSet<String>) -> Vec<&'b str> {
    // Only built-in questions: a learner's own bank may go away.
    let pool: Vec<&Question> = bank
        .questions()
        .iter()
        .filter(|q| q.source.starts_with("questions/"))
        .collect();
    if pool.len() < 2 * EXAM_QUESTIONS {
        return Vec::new();
    }
    let mut rng = StdRng::seed_from_u64(RESERVE_SEED);
    let pick = select::exam(
        &pool,
        scoring::domain_counts(EXAM_QUESTIONS),
        answered,
        true,
        &mut rng,
    );
    pick.questions.iter().map(|q| q.id.as_str()).collect()
}

/// Build the engine's exam from a stored one.
fn rebuild<'b>(bank: &'b Bank, record: &ExamRecord) -> Result<Exam<'b>> {
    let mut items = Vec::with_capacity(record.items.len());
    for r in &record.items {
        let Some(q) = bank.get(&r.question_id) else {
            bail!(message!(
                "exam.question_gone",
                id = record.session_id,
                question = r.question_id
            ));
        };
        // Fewer options than a multiple-response question asks for were
        // ticked but not yet an answer.
        let (answer, partial) = match &r.chosen {
            Some(c) if c.len() < q.key.len() => (None, c.clone()),
            chosen => (chosen.clone(), Vec::new()),
        };
        items.push(ExamItem {
            answer,
            partial,
            flagged: r.flagged,
            guess: r.guess,
            answered_at: r.answered_at,
            ..ExamItem::new(
                q,
                Presentation {
                    order: r.order.clone(),
                },
            )
        });
    }
    let mut exam = Exam::new(items, record.limit, record.elapsed);
    let _ = exam.goto(record.position + 1);
    Ok(exam)
}

fn drive(
    settings: &Settings,
    store: &mut Store,
    bank: &Bank,
    record: ExamRecord,
) -> Result<Outcome> {
    let exam = rebuild(bank, &record)?;
    let clock = settings.clock();
    let id = record.session_id;
    let mut run = ExamRun::start(exam, id, store, clock.as_ref());
    let ending = if settings.interactive {
        crate::ui::tui::run(&mut run, settings.color, settings.lang)?
    } else {
        let lines = exam_line::stdin_lines();
        let stdout = io::stdout();
        let mut out = stdout.lock();
        exam_line::run(&mut run, &lines, &mut out, settings.lang)?
    };
    let look = settings.look(80);
    let l = settings.lang.code();
    match ending {
        Ending::Paused => {
            if settings.interactive {
                outln!("{}", t!("exam.paused", locale = l));
            }
            Ok(Outcome::Ok)
        }
        Ending::Submitted | Ending::TimeUp => {
            if ending == Ending::TimeUp && settings.interactive {
                outln!("{}", t!("exam.time_up", locale = l));
            }
            let result = run.finish()?;
            let exam = run.exam.clone();
            print_result(&result, &look)?;
            if settings.interactive && result.correct < result.total {
                if ask(&t!("exam.review_now", locale = l), &['y', 'n'])? == 'y' {
                    out!("{}", missed(&exam, &look));
                } else {
                    outln!("{}", t!("exam.review_later", locale = l, id = id));
                }
            } else if result.correct < result.total {
                outln!("\n{}", t!("exam.review_with", locale = l, id = id));
            }
            Ok(Outcome::Ok)
        }
    }
}

fn print_result(result: &ExamResult, look: &Look) -> Result<()> {
    outln!();
    out!("{}", render::exam_result(result, look));
    Ok(())
}

/// Every missed or unanswered question of an exam, with teaching content.
fn missed(exam: &Exam, look: &Look) -> String {
    let mut out = String::new();
    let wrong: Vec<(usize, &ExamItem)> = exam
        .items
        .iter()
        .enumerate()
        .filter(|(_, i)| !i.is_correct())
        .collect();
    for (k, (pos, item)) in wrong.iter().enumerate() {
        out.push_str(&format!(
            "\n{}\n",
            look.bold(&t!(
                "exam.missed",
                locale = look.lang.code(),
                k = k + 1,
                n = wrong.len(),
                pos = pos + 1,
                id = item.question.id
            ))
        ));
        let (text, _) = render::text(item.question, look);
        out.push_str(&look.wrap(&text.stem, "", ""));
        out.push('\n');
        for (i, &b) in item.shown.order.iter().enumerate() {
            let label = format!("  {}. ", (b'A' + i as u8) as char);
            out.push_str(&look.wrap(&text.choices[b as usize], &label, "     "));
        }
        out.push('\n');
        let chosen = item.answer_shown().unwrap_or_default();
        out.push_str(&render::feedback(
            item.question,
            &item.shown,
            &chosen,
            false,
            look,
        ));
    }
    out
}

/// `dva exam discard`: end the exam in progress without a score. Its
/// answers stay with it (`dva history ID` shows it as discarded) but count
/// nowhere, as if it had not been taken.
fn discard(settings: &Settings) -> Result<Outcome> {
    let l = settings.lang.code();
    // No store, no exam: do not create one just to say so.
    let exists = settings.data_dir.join(crate::store::FILE_NAME).exists();
    let current = match exists.then(|| settings.open_store()).transpose()? {
        Some(store) => store.in_progress_exam()?.map(|e| (store, e)),
        None => None,
    };
    let Some((store, current)) = current else {
        outln!("{}", t!("exam.nothing_to_discard", locale = l));
        return Ok(Outcome::Ok);
    };
    if current.final_exam {
        // Like the real one, the final exam cannot be started over.
        bail!(message!("exam.final_no_discard", id = current.session_id));
    }
    store.discard_exam(current.session_id, settings.clock().now())?;
    outln!(
        "{}",
        t!("exam.discarded", locale = l, id = current.session_id)
    );
    Ok(Outcome::Ok)
}

/// `dva exam review [ID]`.
fn review(settings: &Settings, id: Option<i64>) -> Result<Outcome> {
    let l = settings.lang.code();
    let bank = settings.load_bank();
    // Only reads: works on a store dva cannot write, and creates none.
    let store = settings.open_existing_store()?;
    let last = match (&store, id) {
        (Some(s), None) => s.last_finished_exam()?,
        _ => None,
    };
    let Some(id) = id.or(last) else {
        outln!("{}", t!("exam.none_finished", locale = l));
        return Ok(Outcome::Ok);
    };
    let found = match &store {
        Some(s) => s.find_exam(id)?,
        None => None,
    };
    let Some(record) = found else {
        bail!(message!("exam.no_exam", id = id));
    };
    match record.status.as_str() {
        "finished" => {}
        "discarded" => bail!(message!("exam.was_discarded", id = id)),
        status => bail!(message!("exam.not_finished", id = id, status = status)),
    }
    let exam = rebuild(&bank, &record)?;
    let look = settings.look(100);
    let result = scoring::score(&exam, record.elapsed);
    outln!(
        "{}",
        t!(
            "exam.started",
            locale = l,
            id = id,
            started = shown_time(&record.started_at)
        )
    );
    print_result(&result, &look)?;
    if result.correct == result.total {
        outln!("\n{}", t!("exam.all_correct", locale = l));
    } else {
        out!("{}", missed(&exam, &look));
    }
    Ok(Outcome::Ok)
}

/// Ask a one-key question on the terminal.
fn ask(prompt: &str, keys: &[char]) -> Result<char> {
    let term = console::Term::stdout();
    loop {
        term.write_str(prompt)?;
        if !io::stdin().is_terminal() {
            return Ok(*keys.last().unwrap_or(&'n'));
        }
        let c = match term.read_key()? {
            console::Key::Char(c) => c.to_ascii_lowercase(),
            console::Key::CtrlC | console::Key::Escape => *keys.last().unwrap_or(&'n'),
            _ => continue,
        };
        term.write_line(&c.to_string())?;
        if keys.contains(&c) {
            io::stdout().flush()?;
            return Ok(c);
        }
    }
}

/// A stored RFC 3339 time as reports show it: "2026-05-04 09:00 UTC".
fn shown_time(stored: &str) -> String {
    match crate::engine::clock::parse_rfc3339(stored) {
        Some(t) => format!("{} UTC", crate::ui::progress::minute(t)),
        None => stored.to_string(),
    }
}
