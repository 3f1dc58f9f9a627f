//! `dva notes`: print a section of the study notes.

use anyhow::{Result, bail};

use super::Outcome;
use crate::bank::notes;

pub fn run(section: Option<&str>) -> Result<Outcome> {
    let Some(number) = section else {
        for s in notes::sections() {
            let depth = s.number.matches('.').count();
            outln!("{}{} {}", "  ".repeat(depth), s.number, s.title);
        }
        return Ok(Outcome::Ok);
    };
    let Some((section, subsections)) = notes::lookup(number) else {
        bail!("the study notes have no section `{number}`; run `dva notes` to list them");
    };
    out!("{}", section.body);
    for s in subsections {
        outln!();
        out!("{}", s.body);
    }
    Ok(Outcome::Ok)
}
