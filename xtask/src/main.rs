//! `cargo xtask <task>`: project chores that are not part of any published crate.
//!
//! * `cargo xtask gen` regenerates every baked artifact (FST bytes, tables) from the editable
//!   sources in `data/`. Each crate that owns baked data has a test that fails when the checked-in
//!   bytes differ from what this command produces.

mod gazetteer;
mod segment;
mod vocab;

use std::path::PathBuf;
use std::process::ExitCode;

/// The workspace root (the parent of this crate's folder).
fn root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(PathBuf::from).unwrap_or(here)
}

/// One generator: a name and the function that rewrites its artifacts under the root.
type Generator = (&'static str, fn(&std::path::Path) -> Result<(), String>);

/// Every generator, in the order `gen` runs them. Each crate that bakes data adds its entry here.
const GENERATORS: &[Generator] = &[
    ("vocab", vocab::generate),
    ("segment", segment::generate),
    ("gazetteer", gazetteer::generate),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = args.first().map(String::as_str).unwrap_or("help");
    match task {
        "gen" => {
            let only = args.get(1).map(String::as_str);
            let root = root();
            let mut failed = false;
            for (name, generate) in GENERATORS {
                if only.is_some_and(|o| o != *name) {
                    continue;
                }
                match generate(&root) {
                    Ok(()) => eprintln!("xtask gen: {name}: ok"),
                    Err(e) => {
                        eprintln!("xtask gen: {name}: {e}");
                        failed = true;
                    }
                }
            }
            if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        _ => {
            eprintln!("usage: cargo xtask gen [NAME]   regenerate baked data from data/");
            for (name, _) in GENERATORS {
                eprintln!("  generator: {name}");
            }
            ExitCode::from(2)
        }
    }
}
