//! Where records go and how they look: stdout or `-o FILE`, one JSON object per line (or
//! indented with `--pretty`), always written by `serde_json`.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::value::RawValue;

use crate::Failure;

/// The output: stdout, or the file of `-o`.
pub(crate) struct Out {
    w: BufWriter<Box<dyn Write + Send>>,
    /// The file name, for errors (`None` for stdout).
    file: Option<PathBuf>,
}

impl Out {
    /// Opens the output: stdout, or `path` (created or truncated). `path` may not be one of
    /// the inputs: the run would truncate what it is about to read.
    pub(crate) fn open(path: Option<&Path>, inputs: &[PathBuf]) -> Result<Out, Failure> {
        let Some(path) = path else {
            return Ok(Out {
                w: BufWriter::with_capacity(1 << 16, Box::new(io::stdout())),
                file: None,
            });
        };
        if path.as_os_str() == "-" {
            return Out::open(None, inputs);
        }
        if let Ok(out) = path.canonicalize() {
            if inputs
                .iter()
                .any(|i| i.canonicalize().is_ok_and(|c| c == out))
            {
                return Err(Failure::usage(format!(
                    "{}: the output file is also an input",
                    path.display()
                )));
            }
        }
        let f = File::create(path).map_err(|e| Failure {
            code: crate::exit::OUTPUT,
            message: format!("{}: cannot create: {e}", path.display()),
        })?;
        Ok(Out {
            w: BufWriter::with_capacity(1 << 16, Box::new(f)),
            file: Some(path.to_path_buf()),
        })
    }

    /// Writes `s` and a line break.
    pub(crate) fn line(&mut self, s: &str) -> Result<(), Failure> {
        let r = self
            .w
            .write_all(s.as_bytes())
            .and_then(|_| self.w.write_all(b"\n"));
        r.map_err(|e| self.failure(&e))
    }

    /// Writes `v` as one line of compact JSON, serialized straight onto the output (nothing of
    /// it is held but what the writer buffers).
    pub(crate) fn json_line<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Failure> {
        let r = serde_json::to_writer(&mut self.w, v)
            .map_err(io::Error::from)
            .and_then(|_| self.w.write_all(b"\n"));
        r.map_err(|e| self.failure(&e))
    }

    /// Flushes what is buffered.
    pub(crate) fn flush(&mut self) -> Result<(), Failure> {
        let r = self.w.flush();
        r.map_err(|e| self.failure(&e))
    }

    fn failure(&self, e: &io::Error) -> Failure {
        match &self.file {
            None => Failure::output(e),
            Some(p) => Failure {
                code: crate::exit::OUTPUT,
                message: format!("{}: cannot write: {e}", p.display()),
            },
        }
    }
}

/// Serializes one record: compact JSON on one line, or indented with `pretty`. Numbers and
/// strings are written exactly as they were produced, also when indented (a decimal of any
/// length stays the same digits).
pub(crate) fn json<T: Serialize + ?Sized>(v: &T, pretty: bool) -> String {
    let compact = match serde_json::to_string(v) {
        Ok(s) => s,
        // The records are strings, numbers and raw JSON made by the library: serializing
        // them cannot fail, but if it did the record says so instead of vanishing.
        Err(e) => return error_json(&e.to_string()),
    };
    if !pretty {
        return compact;
    }
    match serde_json::from_str::<Node>(&compact).and_then(|n| serde_json::to_string_pretty(&n)) {
        Ok(s) => s,
        Err(_) => compact,
    }
}

fn error_json(message: &str) -> String {
    let v = serde_json::json!({ "error": { "message": message } });
    v.to_string()
}

/// A JSON value whose scalars are kept as their exact text, so that indenting a record never
/// rewrites a number (`serde_json::Value` would turn a 20-digit decimal into a float).
enum Node {
    Object(Vec<(String, Node)>),
    Array(Vec<Node>),
    Scalar(Box<RawValue>),
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Node, D::Error> {
        let raw = Box::<RawValue>::deserialize(d)?;
        let text = raw.get();
        let e = |e: serde_json::Error| serde::de::Error::custom(e);
        match text.as_bytes().first() {
            Some(b'{') => Ok(Node::Object(
                serde_json::from_str::<Entries>(text).map_err(e)?.0,
            )),
            Some(b'[') => Ok(Node::Array(serde_json::from_str(text).map_err(e)?)),
            _ => Ok(Node::Scalar(raw)),
        }
    }
}

/// The members of an object, in their order.
struct Entries(Vec<(String, Node)>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Entries, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Entries;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Entries, A::Error> {
                let mut v = Vec::new();
                while let Some((k, n)) = m.next_entry::<String, Node>()? {
                    v.push((k, n));
                }
                Ok(Entries(v))
            }
        }
        d.deserialize_map(V)
    }
}

impl Serialize for Node {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Node::Object(members) => {
                let mut m = s.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    m.serialize_entry(k, v)?;
                }
                m.end()
            }
            Node::Array(items) => {
                let mut a = s.serialize_seq(Some(items.len()))?;
                for v in items {
                    a.serialize_element(v)?;
                }
                a.end()
            }
            Node::Scalar(raw) => raw.serialize(s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pretty_keeps_numbers_and_order() {
        let raw = RawValue::from_string(
            r#"{"z":1,"a":[{"v":12345678901234567890.123456789,"s":"x\"y"}],"e":[],"o":{}}"#
                .to_string(),
        )
        .unwrap();
        let p = json(&raw, true);
        assert_eq!(
            p,
            "{\n  \"z\": 1,\n  \"a\": [\n    {\n      \"v\": 12345678901234567890.123456789,\n      \"s\": \"x\\\"y\"\n    }\n  ],\n  \"e\": [],\n  \"o\": {}\n}"
        );
        assert_eq!(json(&raw, false), raw.get());
    }
}
