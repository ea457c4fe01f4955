//! Prints what `find` reads in a text given on the command line (or on stdin).
//!
//! `cargo run -p hanhchinh-numdate --example scan -- "Chiều 21/1, đạt 96,39%" 2022-01-21`

use hanhchinh_numdate::{find, Date, Options};
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
    let reference = args.next().and_then(|r| {
        let p: Vec<i64> = r.split('-').filter_map(|x| x.parse().ok()).collect();
        match p.as_slice() {
            [y, m, d] => Date::ymd(
                i16::try_from(*y).ok()?,
                u8::try_from(*m).ok()?,
                u8::try_from(*d).ok()?,
            )
            .ok(),
            _ => None,
        }
    });
    let opts = Options {
        reference_date: reference,
        ..Options::default()
    };
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
