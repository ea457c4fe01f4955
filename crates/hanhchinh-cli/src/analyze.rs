//! `hanhchinh analyze`: every entity of each document, one JSON record per document.

use std::borrow::Cow;
use std::cell::RefCell;
use std::path::PathBuf;

use clap::Args;
use hanhchinh::text::ToneStyle;
use hanhchinh::{Analyzer, EntityKind, ExtractIter, KindSet};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

use crate::input::{self, utf8, Bad, Id, Line, Shape, Src};
use crate::refdate::RefDate;
use crate::{Failure, Io, Pretty};

pub(crate) const AFTER_HELP: &str = "\
Input: one document per line (id = line number), --whole for one document per file (id = the
path as given), or --jsonl objects {\"id\", \"text\", \"ref_date\" (optional: YYYY-MM-DD, YYYY-MM
or YYYY)}. With several inputs, every record also carries \"file\" (the path as given) and, for
--jsonl, \"line\". Ids are echoed exactly as given. A blank line is an empty document.

Every entity has kind, text, start, end (byte offsets into the document, counted after a
byte-order mark; with --lossy, into the text after the replacement) and the fields of its kind
(docs/json-contract.md). A month or a year as reference date stands for its first day.

Examples (from the repository root):
  hanhchinh analyze --whole --pretty data/corpus/seeds/000_7f5c0ff51dbfc99e.txt
  hanhchinh analyze --jsonl data/examples/cases.jsonl --threads 2 -o predictions.jsonl
  echo 'Sáng 17-1, UBND quận Lê Chân' | hanhchinh analyze --ref-date 2022-01";

/// `analyze` options.
#[derive(Args, Debug)]
pub(crate) struct AnalyzeArgs {
    #[command(flatten)]
    io: Io,
    #[command(flatten)]
    pretty: Pretty,
    /// Input lines are JSON objects {"id", "text", "ref_date" (optional)}.
    #[arg(long, conflicts_with = "whole")]
    jsonl: bool,
    /// One document per file (id = the path as given) instead of one per line.
    #[arg(long)]
    whole: bool,
    /// Date of the documents (YYYY-MM-DD, YYYY-MM or YYYY): fills in missing years, picks unit
    /// versions. A `ref_date` of a --jsonl record overrides it.
    #[arg(long, value_name = "DATE", value_parser = RefDate::parse)]
    ref_date: Option<RefDate>,
    /// Only these kinds, comma-separated (number,percent,money,quantity,fraction,range,date,
    /// time,date_range,abbrev,admin_unit,person,legal_ref).
    #[arg(long, value_delimiter = ',')]
    kinds: Vec<String>,
    /// A compiled gazetteer (from `hanhchinh gazetteer build`) instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    gazetteer: Option<PathBuf>,
    /// Write names and expansions with the modern tone placement (`hoà`, `Uỷ`).
    #[arg(long)]
    modern: bool,
}

fn analyzer(a: &AnalyzeArgs) -> Result<Analyzer, Failure> {
    let mut b = Analyzer::builder();
    if let Some(d) = &a.ref_date {
        b = b.reference_date(d.for_analyzer());
    }
    if !a.kinds.is_empty() {
        let mut set = KindSet::empty();
        for k in &a.kinds {
            let kind = EntityKind::parse(k.trim())
                .ok_or_else(|| Failure::input(format!("--kinds: unknown kind {k:?}")))?;
            set = set.with(kind);
        }
        b = b.kinds(set);
    }
    if let Some(p) = &a.gazetteer {
        let bytes = std::fs::read(p)
            .map_err(|e| Failure::input(format!("{}: cannot read: {e}", p.display())))?;
        b = b
            .gazetteer_bytes(bytes)
            .map_err(|e| Failure::input(format!("{}: {e}", p.display())))?;
    }
    if a.modern {
        b = b.tone_style(ToneStyle::Modern);
    }
    Ok(b.build())
}

/// One output record: `{"id", "file"?, "line"?, "era", "entities"}`: the date the document was
/// read at (with its era and why) and the facade's entities, both through serde.
#[derive(Serialize)]
struct Doc<'a, 'e> {
    id: Id<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    era: &'a hanhchinh::DocumentDate,
    entities: &'a [hanhchinh::Entity<'e>],
}

fn record(
    id: Id<'_>,
    file: Option<&str>,
    line: Option<usize>,
    r: &hanhchinh::Extraction<'_>,
    pretty: bool,
) -> Result<String, Bad> {
    Ok(crate::output::json(
        &Doc {
            id,
            file,
            line,
            era: r.date(),
            entities: r.entities(),
        },
        pretty,
    ))
}

/// Documents longer than this are read in windows by the library (`Analyzer::extract_iter`):
/// with `--whole`, their records are written window by window.
const STREAM_FROM: usize = 1 << 20;

/// The record of a long document ([`Doc`] without `file` and `line`, which `--whole` never
/// writes), its entities serialized as its windows are read.
#[derive(Serialize)]
struct Streamed<'a, 's, 'e> {
    id: Id<'a>,
    era: &'a hanhchinh::DocumentDate,
    entities: Lazy<'s, 'e>,
}

/// The entities of an [`ExtractIter`], serialized as they come (once).
struct Lazy<'s, 'e>(RefCell<Option<ExtractIter<'s, 'e>>>);

impl Serialize for Lazy<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let it = self.0.borrow_mut().take();
        s.collect_seq(it.into_iter().flatten().flatten())
    }
}

/// A `--jsonl` input line. Every field is kept raw first, so that a record whose text or date
/// is wrong still gets its own id on its error record.
#[derive(Deserialize)]
struct Case<'a> {
    #[serde(borrow, default, deserialize_with = "present")]
    id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    text: Option<&'a RawValue>,
    #[serde(borrow, default)]
    ref_date: Option<&'a RawValue>,
}

/// A field that is present, `null` included (plain `Option` reads `null` as absent).
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<&'de RawValue>, D::Error> {
    <&RawValue>::deserialize(d).map(Some)
}

/// serde_json's message without its "at line 1 column N" (each input line is parsed alone).
fn json_error(e: &serde_json::Error) -> String {
    let s = e.to_string();
    let what = s.rsplit_once(" at line ").map_or(s.as_str(), |(m, _)| m);
    format!("bad JSON at column {}: {what}", e.column())
}

/// A `--jsonl` record, read.
#[derive(Debug)]
struct Record<'a> {
    /// The id exactly as given (`None` when absent).
    id: Option<&'a RawValue>,
    text: Cow<'a, str>,
    ref_date: Option<RefDate>,
}

/// Reads one `--jsonl` line: the raw id, the text and the date of the record.
fn case(text: &str) -> Result<Record<'_>, Bad> {
    // serde would also read a struct from an array (`[id, text]`): only objects are records.
    let t = text.trim_start();
    if !t.starts_with('{') && serde_json::from_str::<&RawValue>(t).is_ok() {
        return Err(Bad::new(
            "expected a JSON object {\"id\", \"text\", \"ref_date\"}",
        ));
    }
    let c: Case<'_> = serde_json::from_str(text).map_err(|e| {
        let msg = if e.is_data() {
            format!(
                "expected a JSON object {{\"id\", \"text\", \"ref_date\"}}: {}",
                json_error(&e)
            )
        } else {
            json_error(&e)
        };
        Bad::new(msg)
    })?;
    let with_id = |message: String| Bad {
        message,
        id: c.id.map(RawValue::to_owned),
    };
    let doc: Cow<'_, str> = match c.text {
        None => return Err(with_id("no \"text\"".to_string())),
        Some(raw) => Cow::<str>::deserialize(&mut serde_json::Deserializer::from_str(raw.get()))
            .map_err(|_| with_id(format!("\"text\" must be a string, not {}", raw.get())))?,
    };
    let date = match c.ref_date {
        None => None,
        Some(raw) if raw.get() == "null" => None,
        Some(raw) => {
            let s: Cow<'_, str> = serde_json::from_str(raw.get()).map_err(|_| {
                with_id(format!(
                    "\"ref_date\" must be a string (YYYY-MM-DD, YYYY-MM or YYYY), not {}",
                    raw.get()
                ))
            })?;
            Some(RefDate::parse(&s).map_err(|e| with_id(format!("ref_date: {e}")))?)
        }
    };
    Ok(Record {
        id: c.id,
        text: doc,
        ref_date: date,
    })
}

pub(crate) fn analyze(a: &AnalyzeArgs) -> Result<(), Failure> {
    let an = analyzer(a)?;
    let lossy = a.io.lossy;
    let pretty = a.pretty.pretty;
    let shape = Shape::Json { pretty };
    if a.whole {
        // A long document's record is written as its windows are read (compact JSON only:
        // indenting needs the whole record), so that its entities are never all held.
        let stream_from = if pretty { usize::MAX } else { STREAM_FROM };
        return input::wholes(
            &a.io,
            shape,
            stream_from,
            |name, bytes| {
                let text = utf8(bytes, 0, lossy)?;
                record(Id::Path(name), None, None, &an.extract(&text), pretty)
            },
            |name, bytes, out| {
                let text = match utf8(bytes, 0, lossy) {
                    Ok(t) => t,
                    Err(bad) => return Ok(Err(bad)),
                };
                let it = an.extract_iter(&text);
                let era = *it.date();
                out.json_line(&Streamed {
                    id: Id::Path(name),
                    era: &era,
                    entities: Lazy(RefCell::new(Some(it))),
                })?;
                Ok(Ok(()))
            },
        );
    }
    if a.jsonl {
        let default_date = a.ref_date.map(|d| d.for_analyzer());
        return input::lines(&a.io, shape, |src: &Src<'_>, line: &Line<'_>| {
            let text = utf8(line.bytes, line.offset, lossy)?;
            let several = src.file().map(|_| line.number);
            if text.trim().is_empty() {
                return record(
                    Id::Number(line.number),
                    src.file(),
                    several,
                    &an.extract(""),
                    pretty,
                );
            }
            let c = case(&text)?;
            let date = c.ref_date.map(|d| d.for_analyzer()).or(default_date);
            let id = c.id.map_or(Id::Number(line.number), Id::Raw);
            record(
                id,
                src.file(),
                several,
                &an.extract_on(&c.text, date),
                pretty,
            )
        });
    }
    input::lines(&a.io, shape, |src: &Src<'_>, line: &Line<'_>| {
        let text = utf8(line.bytes, line.offset, lossy)?;
        record(
            Id::Number(line.number),
            src.file(),
            None,
            &an.extract(&text),
            pretty,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        let c = case(
            r#"{"id": 123456789012345678901234567890, "text": "a\"b", "ref_date": "2020-03"}"#,
        )
        .unwrap();
        assert_eq!(c.id.unwrap().get(), "123456789012345678901234567890");
        assert_eq!(c.text, "a\"b");
        assert_eq!(c.ref_date.unwrap().to_string(), "2020-03");
        let c = case(r#"{"text": "x", "id": null, "ref_date": null}"#).unwrap();
        assert_eq!(c.id.unwrap().get(), "null");
        assert!(c.ref_date.is_none());
        let e = case(r#"{"id": "k", "text": 5}"#).unwrap_err();
        assert_eq!(e.id.unwrap().get(), "\"k\"");
        assert!(e.message.contains("must be a string"), "{}", e.message);
        let e = case(r#"{"id": "k", "text": "x", "ref_date": "2020-3"}"#).unwrap_err();
        assert!(e.message.contains("ref_date"), "{}", e.message);
        let e = case(r#"{"id": 1"#).unwrap_err();
        assert!(e.id.is_none());
        assert!(e.message.starts_with("bad JSON at column"), "{}", e.message);
        let e = case("[1, 2]").unwrap_err();
        assert!(
            e.message.contains("expected a JSON object"),
            "{}",
            e.message
        );
    }
}
