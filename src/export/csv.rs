//! CSV: a header row, then one record per row, written by the csv crate.
//! Text that a spreadsheet would run as a formula is defused.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::{Exporter, Value};

pub struct Csv<'w> {
    out: ::csv::Writer<&'w mut dyn Write>,
    /// Reused for every number, so that rows allocate nothing.
    buf: String,
}

impl<'w> Csv<'w> {
    pub fn new(out: &'w mut dyn Write) -> Self {
        Csv {
            out: ::csv::Writer::from_writer(out),
            buf: String::new(),
        }
    }
}

/// Text starting with one of these is a formula (or may become one) in
/// spreadsheets; such a field gets a leading apostrophe (OWASP, "CSV
/// injection").
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Does `text` need a leading apostrophe to open safely in a spreadsheet?
pub fn is_formula(text: &str) -> bool {
    text.starts_with(FORMULA_STARTS)
}

/// The I/O error inside a csv error, so that its kind survives (a closed
/// pipe is not an error to report).
fn io_error(e: ::csv::Error) -> io::Error {
    match e.into_kind() {
        ::csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

impl Exporter for Csv<'_> {
    fn header(&mut self, columns: &[&str]) -> io::Result<()> {
        self.out.write_record(columns).map_err(io_error)
    }

    fn row(&mut self, values: &[Value]) -> io::Result<()> {
        for value in values {
            let buf = &mut self.buf;
            buf.clear();
            // Writing to a String cannot fail.
            let _ = match value {
                Value::Int(n) => write!(buf, "{n}"),
                Value::Float(x) => write!(buf, "{x}"),
                Value::Bool(b) => write!(buf, "{}", u8::from(*b)),
                Value::Text(t) if is_formula(t) => write!(buf, "'{t}"),
                Value::Text(t) => {
                    self.out.write_field(t).map_err(io_error)?;
                    continue;
                }
                Value::Null => Ok(()),
            };
            self.out.write_field(&self.buf).map_err(io_error)?;
        }
        self.out.write_record(None::<&[u8]>).map_err(io_error)
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_quoting_and_formula_guard() {
        let mut out = Vec::new();
        {
            let mut csv = Csv::new(&mut out);
            csv.header(&["a", "b"]).unwrap();
            for row in [
                [Value::Int(-3), Value::Float(66.7)],
                [Value::Bool(true), Value::Null],
                [Value::Text("=1+2"), Value::Text("a, \"b\"")],
                [Value::Text("@x"), Value::Text("\tx")],
                [Value::Text("-x"), Value::Text("+x")],
                [Value::Text("\rx"), Value::Text("x=1")],
            ] {
                csv.row(&row).unwrap();
            }
            csv.finish().unwrap();
        }
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a,b\n-3,66.7\n1,\n'=1+2,\"a, \"\"b\"\"\"\n'@x,'\tx\n'-x,'+x\n\"'\rx\",x=1\n"
        );
    }
}
