//! The subcommands.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use hanhchinh::gazetteer::{Gazetteer, Level, Unit};
use hanhchinh::text::{NormalizeOptions, TokenKind, ToneStyle};
use hanhchinh::{json_str, Analyzer, Day, EntityKind, KindSet};

use crate::input::{self, base_name, utf8, Line};
use crate::{Failure, Io};

/// `analyze` options.
#[derive(Args, Debug)]
pub(crate) struct AnalyzeArgs {
    #[command(flatten)]
    io: Io,
    /// Input lines are JSON objects {"id", "text", "ref_date" (optional, YYYY-MM-DD)}.
    #[arg(long, conflicts_with = "whole")]
    jsonl: bool,
    /// One document per file (id = file name) instead of one per line.
    #[arg(long)]
    whole: bool,
    /// Date of the documents (YYYY-MM-DD): fills in missing years, picks unit versions.
    #[arg(long, value_name = "YYYY-MM-DD")]
    ref_date: Option<String>,
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
        b = b
            .reference_date(Day::parse(d).map_err(|e| Failure::input(format!("--ref-date: {e}")))?);
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

fn doc_json(id: &str, r: &hanhchinh::Analysis<'_>) -> String {
    let mut s = String::with_capacity(64 + r.entities().len() * 100);
    s.push_str("{\"id\":");
    s.push_str(id);
    s.push_str(",\"entities\":");
    s.push_str(&r.entities_json());
    s.push('}');
    s
}

pub(crate) fn analyze(a: &AnalyzeArgs) -> Result<(), Failure> {
    let an = analyzer(a)?;
    let lossy = a.io.lossy;
    if a.whole {
        return input::wholes(&a.io, |name, bytes| {
            let line = Line {
                number: 1,
                offset: 0,
                bytes,
            };
            let text = utf8(name, &line, lossy)?;
            let mut id = String::new();
            json_str(&mut id, &base_name(name));
            Ok(doc_json(&id, &an.analyze(&text)))
        });
    }
    if a.jsonl {
        return input::lines(&a.io, |name, line| {
            let text = utf8(name, line, lossy)?;
            if text.trim().is_empty() {
                return Ok(None);
            }
            let bad = |what: String| format!("{name}: line {}: {what}", line.number);
            let v: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| bad(format!("bad JSON: {e}")))?;
            let Some(obj) = v.as_object() else {
                return Err(bad("expected a JSON object".to_string()));
            };
            let Some(doc) = obj.get("text").and_then(|t| t.as_str()) else {
                return Err(bad("no \"text\" string".to_string()));
            };
            let id = match obj.get("id") {
                Some(id) => serde_json::to_string(id).map_err(|e| bad(e.to_string()))?,
                None => line.number.to_string(),
            };
            let date = match obj.get("ref_date") {
                None | Some(serde_json::Value::Null) => None,
                Some(serde_json::Value::String(d)) => {
                    Some(Day::parse(d).map_err(|e| bad(format!("ref_date: {e}")))?)
                }
                Some(_) => return Err(bad("ref_date must be a string".to_string())),
            };
            let date = date.or_else(|| a.ref_date.as_deref().and_then(|d| Day::parse(d).ok()));
            Ok(Some(doc_json(&id, &an.analyze_on(doc, date))))
        });
    }
    input::lines(&a.io, |name, line| {
        let text = utf8(name, line, lossy)?;
        Ok(Some(doc_json(&line.number.to_string(), &an.analyze(&text))))
    })
}

/// Options of the simple line-by-line subcommands.
#[derive(Args, Debug)]
pub(crate) struct PlainArgs {
    #[command(flatten)]
    io: Io,
}

fn kind_name(k: TokenKind) -> &'static str {
    match k {
        TokenKind::Word => "word",
        TokenKind::Number => "number",
        TokenKind::Code => "code",
        TokenKind::Punct => "punct",
        TokenKind::Symbol => "symbol",
        _ => "other",
    }
}

pub(crate) fn tokenize(a: &PlainArgs) -> Result<(), Failure> {
    input::lines(&a.io, |name, line| {
        let text = utf8(name, line, a.io.lossy)?;
        let mut s = String::from("[");
        for (i, t) in hanhchinh::text::tokenize(&text).enumerate() {
            if i > 0 {
                s.push(',');
            }
            s.push_str("{\"text\":");
            json_str(&mut s, t.text());
            let _ = write!(
                s,
                ",\"start\":{},\"end\":{},\"kind\":\"{}\"}}",
                t.start(),
                t.end(),
                kind_name(t.kind())
            );
        }
        s.push(']');
        Ok(Some(s))
    })
}

/// `normalize` options.
#[derive(Args, Debug)]
pub(crate) struct NormalizeArgs {
    #[command(flatten)]
    io: Io,
    /// Modern tone placement in oa/oe/uy (`hoà`, `thuỷ`) instead of the traditional one.
    #[arg(long)]
    modern: bool,
    /// Also turn no-break and other spaces into ASCII spaces and drop zero-width spaces.
    #[arg(long)]
    map_spaces: bool,
}

pub(crate) fn normalize(a: &NormalizeArgs) -> Result<(), Failure> {
    let mut o = NormalizeOptions::default();
    o.tone = if a.modern {
        ToneStyle::Modern
    } else {
        ToneStyle::Traditional
    };
    o.map_spaces = a.map_spaces;
    input::lines(&a.io, |name, line| {
        let text = utf8(name, line, a.io.lossy)?;
        Ok(Some(
            hanhchinh::text::normalize_with(&text, &o).into_owned(),
        ))
    })
}

pub(crate) fn fold(a: &PlainArgs) -> Result<(), Failure> {
    input::lines(&a.io, |name, line| {
        let text = utf8(name, line, a.io.lossy)?;
        Ok(Some(hanhchinh::text::fold(&text).into_owned()))
    })
}

pub(crate) fn segment(a: &PlainArgs) -> Result<(), Failure> {
    let seg = hanhchinh::segment::Segmenter::default();
    input::lines(&a.io, |name, line| {
        let text = utf8(name, line, a.io.lossy)?;
        let mut out = String::with_capacity(text.len() + 8);
        seg.segment_joined_into(&text, &mut out);
        Ok(Some(out))
    })
}

/// `lookup` options.
#[derive(Args, Debug)]
pub(crate) struct LookupArgs {
    /// Names to look up (default: one name per line of stdin).
    names: Vec<String>,
    /// Also try misspellings (one edit per word).
    #[arg(long)]
    fuzzy: bool,
    /// A compiled gazetteer instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    gazetteer: Option<PathBuf>,
}

fn load_gazetteer(p: &Option<PathBuf>) -> Result<Gazetteer, Failure> {
    match p {
        None => Ok(Gazetteer::default()),
        Some(p) => {
            let bytes = std::fs::read(p)
                .map_err(|e| Failure::input(format!("{}: cannot read: {e}", p.display())))?;
            Gazetteer::from_bytes(bytes)
                .map_err(|e| Failure::input(format!("{}: {e}", p.display())))
        }
    }
}

fn level_name(l: Level) -> &'static str {
    l.as_str()
}

fn unit_json(g: &Gazetteer, u: &Unit<'_>, s: &mut String) {
    s.push_str("{\"code\":");
    json_str(s, u.code());
    s.push_str(",\"name\":");
    json_str(s, u.name());
    s.push_str(",\"type\":");
    json_str(s, u.unit_type().vietnamese());
    let _ = write!(s, ",\"level\":\"{}\"", level_name(u.level()));
    s.push_str(",\"province\":");
    match u.province() {
        Some(p) => json_str(s, p.name()),
        None => s.push_str("null"),
    }
    let v = u.validity();
    s.push_str(",\"valid_from\":");
    match v.from {
        Some(d) => json_str(s, &d.to_string()),
        None => s.push_str("null"),
    }
    s.push_str(",\"valid_to\":");
    match v.to {
        Some(d) => json_str(s, &d.to_string()),
        None => s.push_str("null"),
    }
    s.push_str(",\"successors\":[");
    let succ = if v.to.is_some() {
        g.successors_on(*u, hanhchinh::gazetteer::REFORM_2025)
    } else {
        Vec::new()
    };
    for (i, x) in succ.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        json_str(s, x.unit.code());
    }
    s.push_str("]}");
}

fn lookup_one(g: &Gazetteer, q: &str, fuzzy: bool) -> String {
    let ms = if fuzzy {
        g.lookup_fuzzy(q)
    } else {
        g.lookup(q)
    };
    let mut s = String::from("{\"query\":");
    json_str(&mut s, q);
    s.push_str(",\"matches\":[");
    for (i, m) in ms.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        unit_json(g, &m.unit, &mut s);
    }
    s.push_str("]}");
    s
}

pub(crate) fn lookup(a: &LookupArgs) -> Result<(), Failure> {
    use std::io::Write;
    let g = load_gazetteer(&a.gazetteer)?;
    if !a.names.is_empty() {
        let mut out = input::stdout();
        for q in &a.names {
            writeln!(out, "{}", lookup_one(&g, q, a.fuzzy)).map_err(|e| Failure::output(&e))?;
        }
        return out.flush().map_err(|e| Failure::output(&e));
    }
    let io = Io {
        files: Vec::new(),
        threads: None,
        lossy: false,
        quiet: true,
    };
    input::lines(&io, |name, line| {
        let text = utf8(name, line, false)?;
        let q = text.trim();
        Ok((!q.is_empty()).then(|| lookup_one(&g, q, a.fuzzy)))
    })
}

/// `convert` options.
#[derive(Args, Debug)]
pub(crate) struct ConvertArgs {
    #[command(flatten)]
    io: Io,
    /// A compiled gazetteer instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    gazetteer: Option<PathBuf>,
    /// Convert to the units valid on this date (default: today in Vietnam).
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<String>,
}

pub(crate) fn convert_one(g: &Gazetteer, input: &str, to: hanhchinh::gazetteer::Date) -> String {
    let c = g.convert(input, to);
    let mut s = String::with_capacity(128);
    s.push_str("{\"input\":");
    json_str(&mut s, input);
    s.push_str(",\"old_code\":");
    match c.resolution.unit() {
        Some(u) => {
            json_str(&mut s, u.code());
            let _ = write!(s, ",\"old_level\":\"{}\"", level_name(u.level()));
        }
        None => s.push_str("null,\"old_level\":null"),
    }
    s.push_str(",\"new_codes\":[");
    for (i, x) in c.successors.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        json_str(&mut s, x.unit.code());
    }
    let _ = write!(s, "],\"split\":{}", c.split);
    if let hanhchinh::gazetteer::Resolution::Ambiguous(cands) = &c.resolution {
        s.push_str(",\"candidates\":[");
        for (i, u) in cands.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            unit_json(g, u, &mut s);
        }
        s.push(']');
    }
    s.push('}');
    s
}

pub(crate) fn convert(a: &ConvertArgs) -> Result<(), Failure> {
    let g = load_gazetteer(&a.gazetteer)?;
    let to = match &a.to {
        Some(d) => d
            .parse()
            .map_err(|e| Failure::input(format!("--to: {d:?}: {e}")))?,
        None => hanhchinh::gazetteer::today(),
    };
    input::lines(&a.io, |name, line| {
        let text = utf8(name, line, a.io.lossy)?;
        let q = text.trim();
        Ok(Some(convert_one(&g, q, to)))
    })
}

/// `gazetteer` subcommands.
#[derive(Args, Debug)]
pub(crate) struct GazetteerArgs {
    #[command(subcommand)]
    cmd: GazCmd,
}

#[derive(Subcommand, Debug)]
enum GazCmd {
    /// Compile TSV tables (units, aliases, lineage; see the gazetteer crate) into a gazetteer
    /// file for `--gazetteer`.
    Build {
        /// The TSV tables.
        #[arg(required = true)]
        tables: Vec<PathBuf>,
        /// Output file.
        #[arg(long, short = 'o')]
        output: PathBuf,
        /// Start from an empty gazetteer instead of the embedded one.
        #[arg(long)]
        no_default: bool,
    },
    /// Validate TSV tables (errors name the file, line and column); writes nothing.
    Check {
        /// The TSV tables.
        #[arg(required = true)]
        tables: Vec<PathBuf>,
        /// Check them alone, not on top of the embedded gazetteer.
        #[arg(long)]
        no_default: bool,
    },
}

fn gaz_builder(
    tables: &[PathBuf],
    no_default: bool,
) -> Result<hanhchinh::gazetteer::Builder, Failure> {
    let mut b = Gazetteer::builder();
    if !no_default {
        b = b.with_default();
    }
    for t in tables {
        let f = std::fs::File::open(t)
            .map_err(|e| Failure::input(format!("{}: cannot open: {e}", t.display())))?;
        b = b
            .add_tsv_named(&t.display().to_string(), f)
            .map_err(|e| Failure::input(e.to_string()))?;
    }
    Ok(b)
}

pub(crate) fn gazetteer(a: &GazetteerArgs) -> Result<(), Failure> {
    match &a.cmd {
        GazCmd::Build {
            tables,
            output,
            no_default,
        } => {
            let bytes = gaz_builder(tables, *no_default)?
                .compile()
                .map_err(|e| Failure::input(e.to_string()))?;
            std::fs::write(output, &bytes).map_err(|e| Failure {
                code: crate::exit::OUTPUT,
                message: format!("{}: cannot write: {e}", output.display()),
            })?;
            eprintln!("wrote {} ({} bytes)", output.display(), bytes.len());
            Ok(())
        }
        GazCmd::Check { tables, no_default } => {
            let g = gaz_builder(tables, *no_default)?
                .build()
                .map_err(|e| Failure::input(e.to_string()))?;
            println!("ok: {} unit versions", g.len());
            Ok(())
        }
    }
}

/// Legacy encodings for `decode`.
#[derive(ValueEnum, Clone, Copy, Debug)]
enum From {
    /// Detect per line.
    Auto,
    /// TCVN3 (ABC).
    Tcvn3,
    /// VNI-Windows.
    Vni,
    /// VIQR (RFC 1456).
    Viqr,
}

/// `decode` options.
#[derive(Args, Debug)]
pub(crate) struct DecodeArgs {
    #[command(flatten)]
    io: Io,
    /// The encoding of the input.
    #[arg(long, value_enum, default_value = "auto")]
    from: From,
}

pub(crate) fn decode(a: &DecodeArgs) -> Result<(), Failure> {
    use hanhchinh::text::legacy::{decode, detect, Encoding};
    input::lines(&a.io, |_, line| {
        let enc = match a.from {
            From::Auto => detect(line.bytes).encoding(),
            From::Tcvn3 => Encoding::Tcvn3,
            From::Vni => Encoding::Vni,
            From::Viqr => Encoding::Viqr,
        };
        Ok(Some(decode(line.bytes, enc)))
    })
}
