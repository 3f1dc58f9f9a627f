//! `dva topics`: the topics with their aliases and question counts.

use anyhow::Result;
use comfy_table::{ContentArrangement, Table, presets};

use super::Outcome;
use crate::blueprint::{GROUPS, TOPICS};
use crate::settings::Settings;

pub fn run(settings: &Settings) -> Result<Outcome> {
    let bank = settings.load_bank();
    let counts = bank.count_by_topic();
    let mut table = Table::new();
    if settings.interactive {
        table.load_style(presets::UTF8_FULL_CONDENSED);
        table.set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        table.load_style(presets::ASCII_MARKDOWN);
        table.force_no_tty();
    }
    table.set_header(vec!["Topic", "Title", "Aliases", "Questions", "Notes"]);
    for t in TOPICS {
        let notes = match t.notes {
            [] => String::new(),
            [one] => one.to_string(),
            [first, .., last] => format!("{first}-{last}"),
        };
        table.add_row(vec![
            t.slug.to_string(),
            t.title.to_string(),
            t.aliases.join(", "),
            counts.get(t.slug).copied().unwrap_or(0).to_string(),
            notes,
        ]);
    }
    println!("{table}");
    println!();
    println!("Groups:");
    for (name, members) in GROUPS {
        println!("  {name}: {}", members.join(", "));
    }
    println!();
    println!(
        "{} questions in all. Drill with: dva drill TOPIC...",
        bank.questions().len()
    );
    Ok(Outcome::Ok)
}
