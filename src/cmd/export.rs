//! `dva export`: answers, sessions, or progress per topic or domain, as CSV
//! or JSON, to stdout or atomically to a file.

use std::io::{self, Write};

use anyhow::Result;
use rust_i18n::t;

use super::Outcome;
use crate::cli::{ExportArgs, ExportFormat, ExportWhat};
use crate::export::datasets::{self, What};
use crate::export::{self, Format};
use crate::settings::Settings;

pub fn run(settings: &Settings, args: &ExportArgs) -> Result<Outcome> {
    let format = match args.format {
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Json => Format::Json,
    };
    let what = match args.what {
        ExportWhat::Answers => What::Answers,
        ExportWhat::Sessions => What::Sessions,
        ExportWhat::Topics => What::Topics,
        ExportWhat::Domains => What::Domains,
    };
    let store = settings.open_existing_store()?;
    let now = settings.now();
    let rows = match &args.output {
        Some(path) => export::write_atomically(path, |out| {
            datasets::write(store.as_ref(), what, now, &mut *format.exporter(out))
        })?,
        None => {
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            let rows = datasets::write(store.as_ref(), what, now, &mut *format.exporter(&mut out))?;
            out.flush()?;
            rows
        }
    };
    if rows == 0 {
        eprintln!("{}", t!("export.no_rows", locale = settings.lang.code()));
    }
    Ok(Outcome::Ok)
}
