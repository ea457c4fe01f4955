//! Compiles a custom gazetteer: the embedded default plus your TSV tables, written to one file
//! that `Gazetteer::from_bytes` loads back.
//!
//! ```text
//! cargo run --release -p hanhchinh-gazetteer --example compile -- OUT.bin [--no-default] TABLE.tsv...
//! ```
//!
//! Errors name the file, line and column of the bad row, and nothing is written.

use hanhchinh_gazetteer::Gazetteer;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((out, rest)) = args.split_first() else {
        eprintln!("usage: compile OUT.bin [--no-default] TABLE.tsv...");
        return ExitCode::from(2);
    };
    let mut b = Gazetteer::builder();
    if !rest.iter().any(|a| a == "--no-default") {
        b = b.with_default();
    }
    for path in rest.iter().filter(|a| *a != "--no-default") {
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("{path}: {e}");
                return ExitCode::FAILURE;
            }
        };
        b = match b.add_tsv_named(path, std::io::BufReader::new(file)) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        };
    }
    let bytes = match b.compile() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::write(out, &bytes) {
        eprintln!("{out}: {e}");
        return ExitCode::FAILURE;
    }
    match Gazetteer::from_bytes(bytes) {
        Ok(g) => {
            eprintln!("{out}: {} units, {} bytes", g.len(), g.to_bytes().len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{out}: {e}");
            ExitCode::FAILURE
        }
    }
}
