//! Exports for scripts and spreadsheets: answers, sessions, and progress per
//! topic and per domain, as CSV or JSON. Each format is one file behind
//! [`Exporter`], which takes rows one at a time, so that 100,000 answers
//! stream from the store to the output without being held in memory;
//! `datasets` says what the rows are. The columns are documented in the
//! README.

pub mod csv;
pub mod datasets;
pub mod json;

use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result};

use crate::i18n::message;

/// One cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    Int(i64),
    /// Already rounded to the precision it is exported at.
    Float(f64),
    /// `1`/`0` in CSV, `true`/`false` in JSON.
    Bool(bool),
    Text(&'a str),
    /// An empty CSV field, JSON `null`.
    Null,
}

/// Writes a table in one format: the column names once, then rows of the
/// same width, then `finish`.
pub trait Exporter {
    fn header(&mut self, columns: &[&str]) -> io::Result<()>;
    fn row(&mut self, values: &[Value]) -> io::Result<()>;
    /// Close the table and flush what is buffered.
    fn finish(&mut self) -> io::Result<()>;
}

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    /// An exporter of this format writing to `out`.
    pub fn exporter<'w>(self, out: &'w mut dyn Write) -> Box<dyn Exporter + 'w> {
        match self {
            Format::Csv => Box::new(csv::Csv::new(out)),
            Format::Json => Box::new(json::Json::new(out)),
        }
    }
}

/// Write a whole file atomically: into a temporary file in the same folder,
/// flushed to disk, then renamed over `path`. An export that fails or is
/// interrupted never leaves a partial file at `path`; an existing file keeps
/// its permissions.
pub fn write_atomically<T>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".dva-export-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .with_context(|| message!("export.no_temp_file", dir = dir.display()))?;
    let cannot = || message!("export.cannot_write", path = path.display());
    let value = {
        let mut out = BufWriter::new(tmp.as_file_mut());
        let value = write(&mut out).with_context(cannot)?;
        out.flush().with_context(cannot)?;
        value
    };
    let permissions = match std::fs::metadata(path) {
        Ok(m) => Some(m.permissions()),
        Err(_) => new_file_permissions(),
    };
    if let Some(p) = permissions {
        tmp.as_file().set_permissions(p).with_context(cannot)?;
    }
    tmp.as_file().sync_all().with_context(cannot)?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(cannot)?;
    Ok(value)
}

/// A temporary file is private (0600); an export is an ordinary file.
#[cfg(unix)]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    None
}
