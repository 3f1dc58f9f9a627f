//! `dva notes`: print a section of the study notes.

use anyhow::{Result, bail};

use super::Outcome;
use crate::bank::notes;
use crate::i18n::message;

pub fn run(section: Option<&str>) -> Result<Outcome> {
    let Some(number) = section else {
        for s in notes::sections() {
            let depth = s.number.matches('.').count();
            outln!("{}{} {}", "  ".repeat(depth), s.number, s.title);
        }
        return Ok(Outcome::Ok);
    };
    let Some((section, subsections)) = notes::lookup(number) else {
        bail!(message!("notes.no_section", number = number));
    };
    out!("{}", section.body);
    for s in subsections {
        outln!();
        out!("{}", s.body);
    }
    Ok(Outcome::Ok)
}
