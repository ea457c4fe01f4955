//! The `hanhchinh` command line: Vietnamese administrative NLP over files or stdin, as JSON
//! Lines. See `hanhchinh --help` and the crate README.

mod analyze;
mod cmds;
mod decode;
mod input;
mod meta;
mod output;
mod refdate;
mod text;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

/// Exit codes (also in `--help`).
pub(crate) mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// Bad input that stops the run: with `--strict`, the first bad record; without it, a bad
    /// `--ref-date`, `--kinds` or `--gazetteer`, a gazetteer table with errors.
    pub const INPUT: u8 = 1;
    /// Bad usage (unknown option or subcommand, a value out of range): clap's code.
    pub const USAGE: u8 = 2;
    /// Output could not be written (other than a closed pipe, which ends quietly).
    pub const OUTPUT: u8 = 3;
    /// The run went to its end but some records failed: each has an error record (or, for
    /// text output, an empty line) in its place, and stderr ends with their count.
    pub const RECORDS: u8 = 4;
}

const AFTER_HELP: &str = "\
Examples (from the repository root):
  hanhchinh analyze --whole --pretty data/corpus/seeds/000_7f5c0ff51dbfc99e.txt
  echo 'Chiều 21/1, UBND quận Ba Đình đạt 96,39%' | hanhchinh analyze --ref-date 2022-01-21
  hanhchinh analyze --jsonl data/examples/cases.jsonl -o predictions.jsonl
  echo 'Uỷ ban nhân dân' | hanhchinh normalize
  echo 'phường Vĩnh Niệm, quận Lê Chân, Hải Phòng' | hanhchinh convert
  hanhchinh lookup 'Phú Thượng'
  hanhchinh <command> --help shows an example of each command.

Every input line gives exactly one output line (blank lines included). A record that fails
(invalid UTF-8, a bad JSON line, a line over --max-record-bytes) is written in its place as
{\"id\", \"error\": {\"line\", \"message\"}} and the run goes on (--strict: stop at the first).
A byte-order mark at the start of an input is dropped (UTF-16 is transcoded to UTF-8); byte
offsets count from the text after it.

Exit codes:
  0  success
  1  bad input that stops the run: the first bad record with --strict, a bad --ref-date,
     --kinds or --gazetteer, a gazetteer table with errors
  2  bad usage (unknown option or subcommand, a value out of range)
  3  output could not be written (a closed pipe ends quietly with 0)
  4  some records failed: error records stand in their place, stderr ends with their count";

/// Vietnamese administrative NLP: entities as JSON Lines, normalization, segmentation,
/// gazetteer lookup and address conversion.
#[derive(Parser, Debug)]
#[command(name = "hanhchinh", version, about, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

/// Input and output options shared by the line-oriented subcommands.
#[derive(Args, Debug, Clone)]
pub(crate) struct Io {
    /// Input files (default: stdin; `-` is stdin).
    pub files: Vec<PathBuf>,
    /// Write the output to FILE instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Worker threads (default and 0: all cores; at most 256). Output stays in input order.
    #[arg(long, short = 'j', value_name = "N",
          value_parser = clap::value_parser!(u16).range(0..=i64::from(input::MAX_THREADS)))]
    pub threads: Option<u16>,
    /// Replace invalid UTF-8 with U+FFFD instead of failing the record. Offsets then index the
    /// text after the replacement (U+FFFD is 3 bytes), not the input bytes.
    #[arg(long)]
    pub lossy: bool,
    /// Stop at the first record that fails (exit code 1) instead of writing an error record in
    /// its place and going on.
    #[arg(long)]
    pub strict: bool,
    /// Longest record (a line; with --whole, a file): longer ones fail. Suffixes K, M, G.
    #[arg(long, value_name = "BYTES", default_value = input::DEFAULT_MAX_RECORD,
          value_parser = input::parse_size)]
    pub max_record_bytes: u64,
    /// Never show a progress bar (it is shown on stderr when stderr is a terminal and the
    /// input is a file).
    #[arg(long)]
    pub quiet: bool,
    /// At the end, print records, bytes, time and throughput (MB/s) on stderr: how fast this
    /// machine reads your text.
    #[arg(long)]
    pub stats: bool,
}

/// `--pretty`, for the subcommands that write JSON.
#[derive(Args, Debug, Clone, Copy)]
pub(crate) struct Pretty {
    /// Indent each JSON record over several lines (for reading; the default is one record per
    /// line, JSON Lines).
    #[arg(long)]
    pub pretty: bool,
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// Find every entity (one JSON object per document: {"id", "entities": [...]}).
    #[command(after_help = analyze::AFTER_HELP)]
    Analyze(analyze::AnalyzeArgs),
    /// Tokenize each line: {"id", "tokens": [{text, start, end, kind}, ...]} per line.
    #[command(after_help = text::TOKENIZE_HELP)]
    Tokenize(text::JsonArgs),
    /// Normalize each line (NFC and one tone-mark placement).
    #[command(after_help = text::NORMALIZE_HELP)]
    Normalize(text::NormalizeArgs),
    /// Fold each line (lowercase, no diacritics, đ -> d).
    #[command(after_help = text::FOLD_HELP)]
    Fold(text::PlainArgs),
    /// Segment each line into words (syllables of a word joined by `_`).
    #[command(after_help = text::SEGMENT_HELP)]
    Segment(text::PlainArgs),
    /// Look up administrative units by name (arguments, or one name per input line).
    #[command(after_help = cmds::LOOKUP_HELP)]
    Lookup(cmds::LookupArgs),
    /// Convert old addresses (one per line) to the units valid today.
    #[command(after_help = cmds::CONVERT_HELP)]
    Convert(cmds::ConvertArgs),
    /// Compile (build) or validate (check) gazetteer TSV tables.
    #[command(after_help = "\
Examples (from the repository root):
  hanhchinh gazetteer check data/examples/villages.tsv
  hanhchinh gazetteer build data/examples/villages.tsv -o custom.bin")]
    Gazetteer(cmds::GazetteerArgs),
    /// Decode legacy encodings (TCVN3, VNI, VIQR, Windows-1258, UTF-16) to UTF-8.
    #[command(after_help = decode::AFTER_HELP)]
    Decode(decode::DecodeArgs),
    /// Print shell completions for bash, zsh, fish, elvish or PowerShell.
    #[command(after_help = meta::COMPLETIONS_HELP)]
    Completions(meta::CompletionsArgs),
    /// Print the manual page (roff) of hanhchinh.
    #[command(after_help = meta::MAN_HELP)]
    Man(meta::ManArgs),
}

/// The command line definition. The data versions of `--version` are only gathered when it
/// is asked for (they load the lexicons).
pub(crate) fn command() -> clap::Command {
    let cmd = Cli::command();
    if std::env::args_os().skip(1).any(|a| a == "--version") {
        cmd.long_version(meta::long_version())
    } else {
        cmd
    }
}

fn main() -> ExitCode {
    let cli = match command()
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m))
    {
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
        Cmd::Analyze(a) => analyze::analyze(&a),
        Cmd::Tokenize(a) => text::tokenize(&a),
        Cmd::Normalize(a) => text::normalize(&a),
        Cmd::Fold(a) => text::fold(&a),
        Cmd::Segment(a) => text::segment(&a),
        Cmd::Lookup(a) => cmds::lookup(&a),
        Cmd::Convert(a) => cmds::convert(&a),
        Cmd::Gazetteer(a) => cmds::gazetteer(&a),
        Cmd::Decode(a) => decode::decode(&a),
        Cmd::Completions(a) => meta::completions(&a),
        Cmd::Man(a) => meta::man(&a),
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
    pub(crate) fn usage(message: impl Into<String>) -> Failure {
        Failure {
            code: exit::USAGE,
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
