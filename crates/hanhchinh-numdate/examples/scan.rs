//! Prints what `find` reads in a text given on the command line (or on stdin).
//!
//! `cargo run -p hanhchinh-numdate --example scan -- "Chiều 21/1, đạt 96,39%" 2022-01-21`

use hanhchinh_numdate::{find, Options, PartialDate};
use std::io::Read;

fn main() {
    let mut args = std::env::args().skip(1);
    let text = match args.next() {
        Some(t) => t,
        None => {
            let mut s = String::new();
            let _ = std::io::stdin().read_to_string(&mut s);
            s
        }
    };
    // The document's date, as precise as known: 2022-01-21, 2022-01, 2022.
    let mut opts = Options::new();
    opts.reference_date = args.next().and_then(|r| r.parse::<PartialDate>().ok());
    for item in find(&text, &opts) {
        println!(
            "{:>6}..{:<6} {:<10} {:?}  {:?}{}",
            item.start(),
            item.end(),
            item.kind().as_str(),
            item.surface(),
            item.value(),
            item.approx()
                .map(|a| format!("  approx {a:?}"))
                .unwrap_or_default()
        );
    }
}
