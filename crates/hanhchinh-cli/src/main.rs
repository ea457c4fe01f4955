//! The `hanhchinh` command line: Vietnamese administrative NLP over files or stdin, as JSON
//! Lines. See `hanhchinh --help` and the crate README.

mod cmds;
mod input;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// Exit codes (also in `--help`).
pub(crate) mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// Bad input: unreadable file, invalid UTF-8 (without `--lossy`), a bad JSON line, a bad
    /// reference date, a gazetteer table with errors.
    pub const INPUT: u8 = 1;
    /// Bad usage (unknown option or subcommand): clap's code.
    pub const USAGE: u8 = 2;
    /// Output could not be written (other than a closed pipe, which ends quietly).
    pub const OUTPUT: u8 = 3;
}

const AFTER_HELP: &str = "\
Examples:
  hanhchinh analyze data/corpus/seeds/000_7f5c0ff51dbfc99e.txt --whole
  echo 'Chiều 21/1, UBND quận Ba Đình đạt 96,39%' | hanhchinh analyze --ref-date 2022-01-21
  hanhchinh analyze --jsonl cases.jsonl > predictions.jsonl
  echo 'Uỷ ban nhân dân' | hanhchinh normalize
  echo 'phường Vĩnh Niệm, quận Lê Chân, Hải Phòng' | hanhchinh convert
  hanhchinh lookup 'Phú Thượng'

Exit codes:
  0  success
  1  bad input: unreadable file, invalid UTF-8 (names the file and byte offset; see --lossy),
     a bad JSON line (names the line), a bad reference date, a gazetteer table with errors
  2  bad usage (unknown option or subcommand)
  3  output could not be written (a closed pipe ends quietly with 0)";

/// Vietnamese administrative NLP: entities as JSON Lines, normalization, segmentation,
/// gazetteer lookup and address conversion.
#[derive(Parser, Debug)]
#[command(name = "hanhchinh", version, about, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

/// Input options shared by the line-oriented subcommands.
#[derive(Args, Debug, Clone)]
pub(crate) struct Io {
    /// Input files (default: stdin; `-` is stdin).
    pub files: Vec<PathBuf>,
    /// Worker threads (default: all cores). Output stays in input order.
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    pub lossy: bool,
    /// Never show a progress bar.
    #[arg(long)]
    pub quiet: bool,
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// Find every entity (one JSON object per document: {"id", "entities": [...]}).
    #[command(after_help = "\
Input: one document per line (id = line number), --whole for one document per file
(id = file name), or --jsonl objects {\"id\", \"text\", \"ref_date\" (optional)}.
Every entity has kind, text, start, end (byte offsets into the document) and the fields of its
kind (docs/json-contract.md).

Examples:
  hanhchinh analyze article.txt --whole --ref-date 2023-05-18
  hanhchinh analyze --jsonl dev.jsonl --threads 2 > pred.jsonl")]
    Analyze(cmds::AnalyzeArgs),
    /// Tokenize each line: a JSON array of {text, start, end, kind} per line.
    Tokenize(cmds::PlainArgs),
    /// Normalize each line (NFC and one tone-mark placement).
    Normalize(cmds::NormalizeArgs),
    /// Fold each line (lowercase, no diacritics, đ -> d).
    Fold(cmds::PlainArgs),
    /// Segment each line into words (syllables of a word joined by `_`).
    Segment(cmds::PlainArgs),
    /// Look up administrative units by name (arguments, or one name per input line).
    Lookup(cmds::LookupArgs),
    /// Convert old addresses (one per line) to the units valid today.
    #[command(after_help = "\
Output, one object per line: {\"input\", \"old_code\", \"old_level\", \"new_codes\", \"split\"},
plus \"candidates\" when the address is ambiguous.

Example:
  echo 'phường Vĩnh Niệm, quận Lê Chân, Hải Phòng' | hanhchinh convert")]
    Convert(cmds::ConvertArgs),
    /// Compile (build) or validate (check) gazetteer TSV tables.
    Gazetteer(cmds::GazetteerArgs),
    /// Decode legacy encodings (TCVN3, VNI, VIQR) to Unicode, line by line.
    Decode(cmds::DecodeArgs),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            });
        }
    };
    let res = match cli.cmd {
        Cmd::Analyze(a) => cmds::analyze(&a),
        Cmd::Tokenize(a) => cmds::tokenize(&a),
        Cmd::Normalize(a) => cmds::normalize(&a),
        Cmd::Fold(a) => cmds::fold(&a),
        Cmd::Segment(a) => cmds::segment(&a),
        Cmd::Lookup(a) => cmds::lookup(&a),
        Cmd::Convert(a) => cmds::convert(&a),
        Cmd::Gazetteer(a) => cmds::gazetteer(&a),
        Cmd::Decode(a) => cmds::decode(&a),
    };
    match res {
        Ok(()) => ExitCode::from(exit::OK),
        Err(e) => {
            if e.code != exit::OK {
                eprintln!("hanhchinh: {}", e.message);
            }
            ExitCode::from(e.code)
        }
    }
}

/// A failure with its exit code.
#[derive(Debug)]
pub(crate) struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    pub(crate) fn input(message: impl Into<String>) -> Failure {
        Failure {
            code: exit::INPUT,
            message: message.into(),
        }
    }
    pub(crate) fn output(e: &std::io::Error) -> Failure {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Failure {
                code: exit::OK,
                message: String::new(),
            };
        }
        Failure {
            code: exit::OUTPUT,
            message: format!("cannot write output: {e}"),
        }
    }
}
