//! Builds the `Doc` of a file (or standard input) N times and prints its token and line
//! counts: a fixed workload for `valgrind --tool=callgrind` (instruction counts do not depend
//! on the machine's load).
//!
//! ```text
//! cargo build --release -p hanhchinh-text --example doc_loop
//! valgrind --tool=callgrind target/release/examples/doc_loop benches/corpus/ud/vi_vtb_sentences.txt 3
//! ```

use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut text = String::new();
    match args.next() {
        Some(path) if path != "-" => text = std::fs::read_to_string(path)?,
        _ => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    let times: usize = args.next().map_or(Ok(1), |n| n.parse())?;
    let (mut tokens, mut lines) = (0, 0);
    for _ in 0..times {
        let doc = hanhchinh_text::Doc::new(&text);
        tokens += doc.len();
        lines += doc.line_count();
    }
    println!("{tokens} tokens, {lines} lines");
    Ok(())
}
