//! `dva bank check` and `dva bank show`.

use std::path::PathBuf;

use anyhow::{Result, bail};
use rust_i18n::t;
use serde_json::json;

use super::Outcome;
use comfy_table::{Table, presets};

use crate::bank::stats::{BankStats, title};
use crate::bank::{self, parse};
use crate::i18n::message;
use crate::settings::Settings;
use crate::ui::render::{self, Look};

/// Check bank files and report every problem as `file:line:column: message`.
/// With no paths: the built-in bank and the learner's `banks/` folder.
pub fn check(settings: &Settings, paths: &[PathBuf]) -> Result<Outcome> {
    let builtin = bank::builtin_sources();
    let (files, reserved, read_errors) = if paths.is_empty() {
        let own = settings.data_dir.join("banks");
        let (mut files, errors) = if own.is_dir() {
            bank::bank_files(&[own])
        } else {
            (Vec::new(), Vec::new())
        };
        let mut all = builtin;
        all.append(&mut files);
        (all, Vec::new(), errors)
    } else {
        let (files, errors) = bank::bank_files(paths);
        if files.is_empty() && errors.is_empty() {
            bail!(message!("bank.no_files", paths = display(paths)));
        }
        // A learner's ids must not collide with the built-in bank's.
        let reserved = parse::parse_many(&builtin, &[])
            .questions
            .iter()
            .map(|q| (q.id.clone(), format!("{} (built-in)", q.source)))
            .collect();
        (files, reserved, errors)
    };
    let checked = parse::parse_many(&files, &reserved);
    for e in &read_errors {
        eprintln!("dva: {e}");
    }
    for d in &checked.diagnostics {
        outln!("{d}");
    }
    let problems = checked.diagnostics.len() + read_errors.len();
    let l = settings.lang.code();
    if problems > 0 {
        eprintln!(
            "{}",
            t!(
                "bank.check_problems",
                locale = l,
                problems = problems,
                files = files.len(),
                questions = checked.questions.len()
            )
        );
        Ok(Outcome::Problems)
    } else {
        outln!(
            "{}",
            t!(
                "bank.check_ok",
                locale = l,
                questions = checked.questions.len(),
                files = files.len()
            )
        );
        Ok(Outcome::Ok)
    }
}

fn display(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Print what the loaded bank holds; `--json` for scripts.
pub fn stats(settings: &Settings, as_json: bool) -> Result<Outcome> {
    let bank = settings.load_bank();
    let s = BankStats::of(bank.questions());
    if as_json {
        outln!("{}", serde_json::to_string_pretty(&s)?);
        return Ok(Outcome::Ok);
    }
    let look = settings.look(80);
    let l = settings.lang.code();
    let word = |key: &str| t!(key, locale = l).to_string();
    let new_table = |header: &[&str]| {
        let mut t = Table::new();
        t.load_style(presets::ASCII_MARKDOWN);
        t.set_header(header.iter().map(|key| word(key)).collect::<Vec<_>>());
        t
    };
    outln!(
        "{}",
        look.bold(&t!("bank.questions", locale = l, n = s.questions))
    );
    outln!();
    let mut topics = new_table(&["bank.topic", "bank.title", "bank.count"]);
    for (slug, n) in &s.by_topic {
        topics.add_row(vec![slug.clone(), title(slug).to_string(), n.to_string()]);
    }
    outln!("{topics}\n");
    let mut domains = new_table(&["bank.domain", "bank.count", "bank.share", "bank.weight"]);
    for d in &s.domains {
        domains.add_row(vec![
            format!("{} {}", d.domain, render::domain_name(d.domain, &look)),
            d.questions.to_string(),
            format!("{:.1}%", d.percent),
            format!("{}%", d.weight),
        ]);
    }
    outln!("{domains}\n");
    let mut kinds = new_table(&["bank.kind", "bank.count", "bank.share"]);
    let pct = |n: usize| format!("{:.0}%", s.share(n));
    kinds.add_row(vec![
        word("bank.single"),
        s.single.to_string(),
        pct(s.single),
    ]);
    kinds.add_row(vec![
        word("bank.multiple"),
        s.multiple_response.to_string(),
        pct(s.multiple_response),
    ]);
    for d in crate::bank::Difficulty::ALL {
        let n = s.by_difficulty.get(d.as_str()).copied().unwrap_or(0);
        kinds.add_row(vec![difficulty(d, &look), n.to_string(), pct(n)]);
    }
    kinds.add_row(vec![
        word("bank.scenario"),
        s.scenario.to_string(),
        pct(s.scenario),
    ]);
    kinds.add_row(vec![
        word("bank.key_longest"),
        s.key_longest.to_string(),
        pct(s.key_longest),
    ]);
    outln!("{kinds}\n");
    let letters: Vec<String> = s
        .single_key_letters
        .iter()
        .map(|(l, n)| {
            format!(
                "{l} {n} ({:.0}%)",
                100.0 * *n as f64 / s.single.max(1) as f64
            )
        })
        .collect();
    outln!(
        "{}",
        t!("bank.key_letters", locale = l, counts = letters.join(", "))
    );
    let ranks = |counts: &[usize]| {
        let total: usize = counts.iter().sum();
        counts
            .iter()
            .enumerate()
            .map(|(i, n)| {
                format!(
                    "{} {n} ({:.0}%)",
                    i + 1,
                    100.0 * *n as f64 / total.max(1) as f64
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    outln!(
        "{}",
        t!(
            "bank.key_ranks",
            locale = l,
            counts = ranks(&s.key_length_ranks)
        )
    );
    if !s.ko_key_length_ranks.is_empty() {
        outln!(
            "{}",
            t!(
                "bank.key_ranks_ko",
                locale = l,
                counts = ranks(&s.ko_key_length_ranks)
            )
        );
    }
    match &s.oldest_verified {
        Some(d) => outln!(
            "{}",
            t!(
                "bank.oldest_verified",
                locale = l,
                date = d,
                n = s.unverified
            )
        ),
        None => outln!("{}", word("bank.none_verified")),
    }
    outln!();
    outln!("{}", word("bank.sections"));
    let mut line = String::new();
    for c in &s.sections {
        let cell = if c.questions == 0 {
            format!("{} -", c.section)
        } else {
            format!("{} {}", c.section, c.questions)
        };
        if line.len() + cell.len() + 3 > 78 {
            outln!("  {}", line.trim_end_matches(" · "));
            line.clear();
        }
        line.push_str(&cell);
        line.push_str(" · ");
    }
    if !line.is_empty() {
        outln!("  {}", line.trim_end_matches(" · "));
    }
    let uncovered: Vec<&str> = s
        .sections
        .iter()
        .filter(|c| c.questions == 0)
        .map(|c| c.section.as_str())
        .collect();
    if !uncovered.is_empty() {
        outln!(
            "{}",
            t!("bank.uncited", locale = l, sections = uncovered.join(", "))
        );
    }
    Ok(Outcome::Ok)
}

/// Show one question with its key; `--json` for scripts.
pub fn show(settings: &Settings, id: &str, as_json: bool) -> Result<Outcome> {
    let bank = settings.load_bank();
    let Some(q) = bank.get(id) else {
        let mut near: Vec<(f64, &str)> = bank
            .questions()
            .iter()
            .map(|q| (strsim::jaro_winkler(id, &q.id), q.id.as_str()))
            .filter(|(s, _)| *s > 0.8)
            .collect();
        near.sort_by(|a, b| b.0.total_cmp(&a.0));
        // Worded with the rest of the message, in the learner's language.
        let closest = near.first().map(|(_, n)| *n);
        bail!(message!(
            "bank.no_question",
            id = id,
            closest = closest.map_or_else(String::new, |n| {
                t!("bank.closest", locale = settings.lang.code(), id = n).to_string()
            })
        ));
    };
    if as_json {
        let text = |t: &bank::Text| {
            json!({
                "stem": t.stem,
                "choices": t.choices,
                "explanation": t.explanation,
                "rationale": t.rationale,
            })
        };
        let value = json!({
            "id": q.id,
            "topic": q.topic,
            "domain": q.domain,
            "task": q.task,
            "notes": q.notes,
            "difficulty": q.difficulty.as_str(),
            "multiple_response": q.is_multiple_response(),
            "answer": q.key_letters().chars().map(String::from).collect::<Vec<_>>(),
            "en": text(q.text()),
            "ko": q.ko().map(text),
            "references": q.references(),
            "verified": q.verified,
            "source": q.source,
        });
        outln!("{}", serde_json::to_string_pretty(&value)?);
        return Ok(Outcome::Ok);
    }
    let look = settings.look(100);
    let l = settings.lang.code();
    outln!(
        "{}  {}",
        look.bold(&q.id),
        look.dim(&t!(
            "bank.meta",
            locale = l,
            topic = q.topic,
            domain = q.domain,
            task = q.task,
            difficulty = difficulty(q.difficulty, &look),
            source = q.source
        ))
    );
    outln!();
    // The question in the chosen language (English when it has no Korean).
    let (shown, note) = render::text(q, &look);
    if let Some(note) = note {
        outln!("{}", look.dim(&note));
    }
    out!("{}", look.wrap(&shown.stem, "", ""));
    outln!();
    for (i, c) in shown.choices.iter().enumerate() {
        let mark = if q.key.contains(&(i as u8)) { "*" } else { " " };
        out!(
            "{}",
            look.wrap(
                c,
                &format!("{mark} {}. ", (b'A' + i as u8) as char),
                "     "
            )
        );
    }
    outln!();
    outln!(
        "{}",
        t!(
            "bank.answer",
            locale = l,
            key = crate::engine::answer::letters(&q.key)
        )
    );
    outln!();
    out!("{}", look.wrap(&shown.explanation, "", ""));
    outln!();
    for (i, r) in shown.rationale.iter().enumerate() {
        out!(
            "{}",
            look.wrap(r, &format!("  {}. ", (b'A' + i as u8) as char), "     ")
        );
    }
    if !q.notes.is_empty() {
        outln!(
            "\n{}",
            t!("bank.notes", locale = l, sections = q.notes.join(", "))
        );
    }
    if !q.references().is_empty() {
        outln!(
            "{}",
            t!(
                "bank.references",
                locale = l,
                references = q.references().join("; ")
            )
        );
    }
    if let Some(v) = &q.verified {
        outln!("{}", t!("bank.verified", locale = l, date = v));
    }
    Ok(Outcome::Ok)
}

/// A difficulty as the interface names it.
fn difficulty(d: bank::Difficulty, look: &Look) -> String {
    t!(
        format!("difficulty.{}", d.as_str()),
        locale = look.lang.code()
    )
    .to_string()
}
