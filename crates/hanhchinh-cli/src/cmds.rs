//! The gazetteer subcommands: `lookup`, `convert`, `gazetteer build|check`.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use hanhchinh::gazetteer::{Conversion, Date, Gazetteer, Hints, Unit};
use serde::Serialize;

use crate::input::{self, utf8, Id, Line, Shape, Src};
use crate::output;
use crate::{Failure, Io, Pretty};

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
    /// Replace invalid UTF-8 in stdin with U+FFFD instead of failing the line.
    #[arg(long)]
    lossy: bool,
    /// Stop at the first line that fails (exit code 1).
    #[arg(long)]
    strict: bool,
    /// Write the output to FILE instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    pretty: Pretty,
}

pub(crate) const LOOKUP_HELP: &str = "\
Output, one record per name (or per stdin line, blank lines included): {\"id\" (argument or line
number), \"query\", \"matches\": [{\"code\", \"name\", \"type\", \"level\", \"province\",
\"valid_from\", \"valid_to\", \"successors\"}]}.

Examples:
  hanhchinh lookup 'Phú Thượng' --pretty
  printf 'Ba Đình\\nthanh pho thu duc\\n' | hanhchinh lookup --fuzzy";

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

/// One match of `lookup`: the unit (its serde form) and the codes of its successors on
/// 2025-07-01 when it ended before.
#[derive(Serialize)]
struct LookupMatch<'g> {
    #[serde(flatten)]
    unit: Unit<'g>,
    successors: Vec<&'g str>,
}

#[derive(Serialize)]
struct LookupRecord<'a, 'g> {
    id: Id<'a>,
    query: &'a str,
    matches: Vec<LookupMatch<'g>>,
}

fn lookup_one(g: &Gazetteer, id: usize, q: &str, fuzzy: bool, pretty: bool) -> String {
    let ms = if fuzzy {
        g.lookup_fuzzy(q)
    } else {
        g.lookup(q)
    };
    let matches = ms
        .iter()
        .map(|m| LookupMatch {
            unit: m.unit,
            successors: if m.unit.validity().to.is_some() {
                g.successors_on(m.unit, hanhchinh::gazetteer::REFORM_2025)
                    .iter()
                    .map(|s| s.unit.code())
                    .collect()
            } else {
                Vec::new()
            },
        })
        .collect();
    output::json(
        &LookupRecord {
            id: Id::Number(id),
            query: q,
            matches,
        },
        pretty,
    )
}

pub(crate) fn lookup(a: &LookupArgs) -> Result<(), Failure> {
    let g = load_gazetteer(&a.gazetteer)?;
    let pretty = a.pretty.pretty;
    if !a.names.is_empty() {
        let mut out = output::Out::open(a.output.as_deref(), &[])?;
        for (i, q) in a.names.iter().enumerate() {
            out.line(&lookup_one(&g, i + 1, q, a.fuzzy, pretty))?;
        }
        return out.flush();
    }
    let io = Io {
        files: Vec::new(),
        output: a.output.clone(),
        threads: None,
        lossy: a.lossy,
        strict: a.strict,
        max_record_bytes: 1 << 20,
        quiet: true,
        stats: false,
    };
    input::lines(
        &io,
        Shape::Json { pretty },
        |_: &Src<'_>, line: &Line<'_>| {
            let text = utf8(line.bytes, line.offset, a.lossy)?;
            Ok(lookup_one(&g, line.number, text.trim(), a.fuzzy, pretty))
        },
    )
}

/// `convert` options.
#[derive(Args, Debug)]
pub(crate) struct ConvertArgs {
    #[command(flatten)]
    io: Io,
    #[command(flatten)]
    pretty: Pretty,
    /// A compiled gazetteer instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    gazetteer: Option<PathBuf>,
    /// Convert to the units valid on this date (default: today in Vietnam).
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<String>,
    /// The date the addresses were written (YYYY-MM-DD, YYYY-MM or YYYY, a month or a year
    /// standing for its first day): the units valid then are read. Without it an address that
    /// names a district is read as of 2025-06-30, any other after the reform first.
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
}

pub(crate) const CONVERT_HELP: &str = "\
Output, one record per line: {\"id\" (line number), \"file\" (with several inputs), \"input\",
\"old_code\", \"old_level\", \"old_name\", \"old_type\", \"old_era\", \"old_valid_from\",
\"old_valid_to\", \"new_codes\", \"new\", \"split\", \"via\", \"score\", \"reason\", \"possible\"},
plus \"candidates\" when the address is ambiguous (docs/json-contract.md).

Examples:
  echo 'phường Vĩnh Niệm, quận Lê Chân, Hải Phòng' | hanhchinh convert --pretty
  echo 'Phường Ô Quý Hồ, Thị xã Sa Pa, Lào Cai' | hanhchinh convert --as-of 2020-06";

/// One record of `convert`: the input and the conversion's serde form.
#[derive(Serialize)]
struct ConvertRecord<'a, 'g> {
    id: Id<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    input: &'a str,
    #[serde(flatten)]
    conversion: Conversion<'g>,
}

pub(crate) fn convert_one(
    g: &Gazetteer,
    src: &Src<'_>,
    id: usize,
    input: &str,
    (to, as_of): (Date, Option<Date>),
    pretty: bool,
) -> String {
    let hints = Hints {
        as_of,
        ..Hints::default()
    };
    output::json(
        &ConvertRecord {
            id: Id::Number(id),
            file: src.file(),
            input,
            conversion: g.convert_with(input, &hints, to),
        },
        pretty,
    )
}

pub(crate) fn convert(a: &ConvertArgs) -> Result<(), Failure> {
    let g = load_gazetteer(&a.gazetteer)?;
    let pretty = a.pretty.pretty;
    let to = match &a.to {
        Some(d) => d
            .parse()
            .map_err(|e| Failure::input(format!("--to: {d:?}: {e}")))?,
        None => hanhchinh::gazetteer::today(),
    };
    let as_of = match &a.as_of {
        Some(d) => {
            let date = crate::refdate::RefDate::parse(d)
                .map_err(|e| Failure::input(format!("--as-of: {e}")))?
                .for_analyzer();
            // A month or a year counts from its first day.
            Some(
                date.first_day()
                    .ok_or_else(|| Failure::input(format!("--as-of: {d:?}: no year")))?,
            )
        }
        None => None,
    };
    input::lines(
        &a.io,
        Shape::Json { pretty },
        |src: &Src<'_>, line: &Line<'_>| {
            let text = utf8(line.bytes, line.offset, a.io.lossy)?;
            let q = text.trim();
            Ok(convert_one(&g, src, line.number, q, (to, as_of), pretty))
        },
    )
}

/// `gazetteer` subcommands.
#[derive(Args, Debug)]
pub(crate) struct GazetteerArgs {
    #[command(subcommand)]
    cmd: GazCmd,
}

#[derive(Subcommand, Debug)]
enum GazCmd {
    /// Compile TSV tables (units, changes, aliases, lineage; see docs/extending-gazetteer.md)
    /// into a gazetteer file for `--gazetteer`.
    #[command(after_help = "\
A directory in the layout of data/gazetteer/ (units_2025_pre.tsv, units_2025_post.tsv,
units_history.tsv, units_2026_changes.tsv, lineage_2025.tsv, aliases.tsv) is read as the official
tables, in place of the embedded data; files are added on top.

Example (from the repository root):
  hanhchinh gazetteer build data/examples/villages.tsv -o custom.bin
  echo 'thôn Phú Da, phường Phú Thượng' | hanhchinh analyze --gazetteer custom.bin")]
    Build {
        /// The TSV tables, or a directory of official tables.
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
    #[command(after_help = "\
A directory in the layout of data/gazetteer/ is checked as the official tables, with the rules of
data/gazetteer/check.py about what the rows say.

Examples (from the repository root):
  hanhchinh gazetteer check data/examples/villages.tsv
  hanhchinh gazetteer check data/gazetteer")]
    Check {
        /// The TSV tables, or a directory of official tables.
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
    let (dirs, files): (Vec<&PathBuf>, Vec<&PathBuf>) = tables.iter().partition(|t| t.is_dir());
    if dirs.is_empty() && !no_default {
        b = b.with_default();
    }
    for d in dirs {
        b = b
            .add_official_dir(d)
            .map_err(|e| Failure::input(e.to_string()))?;
    }
    for t in files {
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
