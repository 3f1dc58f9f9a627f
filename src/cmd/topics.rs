//! `dva topics`: the topics with their aliases and question counts.

use anyhow::Result;
use comfy_table::{ColumnConstraint, Width};

use rust_i18n::t;

use super::Outcome;
use crate::blueprint::{GROUPS, TOPICS};
use crate::settings::Settings;
use crate::ui::render;

pub fn run(settings: &Settings) -> Result<Outcome> {
    let bank = settings.load_bank();
    let counts = bank.count_by_topic();
    let look = settings.look(80);
    let mut table = render::table(&look);
    let l = settings.lang.code();
    table.set_header(vec![
        t!("table.topic", locale = l).to_string(),
        t!("topics.title", locale = l).to_string(),
        t!("topics.aliases", locale = l).to_string(),
        t!("topics.questions", locale = l).to_string(),
        t!("topics.notes", locale = l).to_string(),
    ]);
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
    // Slugs are typed by learners: keep each on one line.
    let widest = TOPICS.iter().map(|t| t.slug.len()).max().unwrap_or(0);
    if let Some(c) = table.column_mut(0) {
        c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(
            widest as u16 + 2,
        )));
    }
    outln!("{table}");
    outln!();
    outln!("{}", t!("topics.groups", locale = l));
    let width = look.width.unwrap_or(80);
    for (name, members) in GROUPS {
        let first = format!("  {name}: ");
        let rest = " ".repeat(first.len());
        let opts = textwrap::Options::new(width)
            .initial_indent(&first)
            .subsequent_indent(&rest)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        outln!("{}", textwrap::fill(&members.join(", "), opts));
    }
    outln!();
    outln!(
        "{}",
        t!("topics.total", locale = l, n = bank.questions().len())
    );
    Ok(Outcome::Ok)
}
