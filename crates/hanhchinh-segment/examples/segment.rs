//! Reads lines on stdin, writes one line per input line on stdout: words separated by spaces,
//! the syllables of a word joined by `_` (the pyvi / VnCoreNLP convention).
//!
//! `cargo run --release -p hanhchinh-segment --example segment < in.txt > out.txt`
//!
//! Optional argument: a `word<TAB>count` file of user words.

use std::io::{BufRead, BufWriter, Write};

use hanhchinh_segment::Segmenter;

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("segment: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let seg = match std::env::args().nth(1) {
        Some(path) => Segmenter::builder().add_words_file(path)?.build()?,
        None => Segmenter::default(),
    };
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut line = String::new();
    let mut joined = String::new();
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            break;
        }
        let text = line.trim_end_matches(['\n', '\r']);
        joined.clear();
        seg.segment_joined_into(text, &mut joined);
        out.write_all(joined.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
