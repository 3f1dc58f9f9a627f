//! `dva bank check` and `dva bank show`.

use std::path::PathBuf;

use anyhow::{Result, bail};
use serde_json::json;

use super::Outcome;
use crate::bank::{self, parse};
use crate::settings::Settings;
use crate::ui::render::Look;

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
            bail!("no .toml bank files at {}", display(paths));
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
        println!("{d}");
    }
    let problems = checked.diagnostics.len() + read_errors.len();
    if problems > 0 {
        eprintln!(
            "dva: {problems} problem(s) in {} file(s); {} question(s) passed",
            files.len(),
            checked.questions.len()
        );
        Ok(Outcome::Problems)
    } else {
        println!(
            "ok: {} question(s) in {} file(s) pass every check",
            checked.questions.len(),
            files.len()
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
        let hint = near
            .first()
            .map(|(_, n)| format!(" (closest: {n})"))
            .unwrap_or_default();
        bail!("no question with id `{id}`{hint}");
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
            "en": text(&q.text),
            "ko": q.ko.as_ref().map(text),
            "references": q.references,
            "verified": q.verified,
            "source": q.source,
        });
        println!("{}", serde_json::to_string_pretty(&value)?);
        return Ok(Outcome::Ok);
    }
    let look = Look {
        color: settings.color,
        width: settings.interactive.then_some(100),
    };
    println!(
        "{}  {}",
        look.bold(&q.id),
        look.dim(&format!(
            "{} · domain {} · task {} · {} · {}",
            q.topic,
            q.domain,
            q.task,
            q.difficulty.as_str(),
            q.source
        ))
    );
    println!();
    print!("{}", look.wrap(&q.text.stem, "", ""));
    println!();
    for (i, c) in q.text.choices.iter().enumerate() {
        let mark = if q.key.contains(&(i as u8)) { "*" } else { " " };
        print!(
            "{}",
            look.wrap(
                c,
                &format!("{mark} {}. ", (b'A' + i as u8) as char),
                "     "
            )
        );
    }
    println!();
    println!("Answer: {}", crate::engine::answer::letters(&q.key));
    println!();
    print!("{}", look.wrap(&q.text.explanation, "", ""));
    println!();
    for (i, r) in q.text.rationale.iter().enumerate() {
        print!(
            "{}",
            look.wrap(r, &format!("  {}. ", (b'A' + i as u8) as char), "     ")
        );
    }
    if !q.notes.is_empty() {
        println!("\nNotes: {}", q.notes.join(", "));
    }
    if !q.references.is_empty() {
        println!("References: {}", q.references.join("; "));
    }
    if let Some(v) = &q.verified {
        println!("Verified: {v}");
    }
    Ok(Outcome::Ok)
}
