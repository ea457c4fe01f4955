//! Tokenizes a file (or standard input) and prints one token per line:
//! `start end kind text normalized folded`, tab-separated.
//!
//! ```text
//! cargo run -p hanhchinh-text --example tokenize -- data/corpus/seeds/000_7f5c0ff51dbfc99e.txt
//! ```

use std::io::{Read, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(path) => text = std::fs::read_to_string(path)?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for t in hanhchinh_text::tokenize(&text) {
        writeln!(
            out,
            "{}\t{}\t{:?}\t{}\t{}\t{}",
            t.start(),
            t.end(),
            t.kind(),
            t.text(),
            t.normalized(),
            t.folded()
        )?;
    }
    out.flush()?;
    Ok(())
}
