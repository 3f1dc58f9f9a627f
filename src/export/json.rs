//! JSON: an array of objects, one per row and one per line, keys in column
//! order.

use std::io::{self, Write};

use serde::ser::{Serialize, Serializer};

use super::{Exporter, Value};

pub struct Json<'w> {
    out: &'w mut dyn Write,
    /// `"column":` for each column, escaped once.
    keys: Vec<Vec<u8>>,
    rows: usize,
}

impl<'w> Json<'w> {
    pub fn new(out: &'w mut dyn Write) -> Self {
        Json {
            out,
            keys: Vec::new(),
            rows: 0,
        }
    }
}

impl Serialize for Value<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Int(n) => s.serialize_i64(*n),
            Value::Float(x) => s.serialize_f64(*x),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Text(t) => s.serialize_str(t),
            Value::Null => s.serialize_unit(),
        }
    }
}

impl Exporter for Json<'_> {
    fn header(&mut self, columns: &[&str]) -> io::Result<()> {
        self.keys = columns
            .iter()
            .map(|c| {
                let mut key = serde_json::to_vec(c)?;
                key.push(b':');
                Ok(key)
            })
            .collect::<io::Result<_>>()?;
        Ok(())
    }

    fn row(&mut self, values: &[Value]) -> io::Result<()> {
        self.out
            .write_all(if self.rows == 0 { b"[\n  {" } else { b",\n  {" })?;
        self.rows += 1;
        for (i, (key, value)) in self.keys.iter().zip(values).enumerate() {
            if i > 0 {
                self.out.write_all(b",")?;
            }
            self.out.write_all(key)?;
            serde_json::to_writer(&mut *self.out, value)?;
        }
        self.out.write_all(b"}")
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out
            .write_all(if self.rows == 0 { b"[]\n" } else { b"\n]\n" })?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(rows: &[&[Value]]) -> String {
        let mut out = Vec::new();
        {
            let mut json = Json::new(&mut out);
            json.header(&["z", "a", "n"]).unwrap();
            for row in rows {
                json.row(row).unwrap();
            }
            json.finish().unwrap();
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn one_object_per_line_in_column_order() {
        assert_eq!(
            json(&[
                &[Value::Int(1), Value::Text("=x"), Value::Null],
                &[Value::Float(62.5), Value::Bool(false), Value::Text("\"")],
            ]),
            "[\n  {\"z\":1,\"a\":\"=x\",\"n\":null},\n  {\"z\":62.5,\"a\":false,\"n\":\"\\\"\"}\n]\n"
        );
        assert_eq!(json(&[]), "[]\n");
    }
}
