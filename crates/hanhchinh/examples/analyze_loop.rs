//! `Analyzer::analyze` over a text file, one document per line, repeated: a target for
//! profilers (`perf record`, `valgrind --tool=callgrind`):
//! `cargo run --release -p hanhchinh --example analyze_loop -- FILE [REPEATS]`.
//! Prints the number of entities and the throughput.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::time::Instant;

use hanhchinh::Analyzer;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a file");
    let reps: usize = args.next().map_or(1, |r| r.parse().unwrap());
    let text = std::fs::read_to_string(path).unwrap();
    let a = Analyzer::builder()
        .reference_date(hanhchinh::Date::constant(2023, 5, 18))
        .build();
    // Build the lazily built indexes outside the timing.
    let _ = a.analyze("quận Ba Đình, ông Nguyễn Văn An");
    let t = Instant::now();
    let mut n = 0usize;
    for _ in 0..reps {
        n += text
            .lines()
            .map(|l| a.analyze(l).entities().len())
            .sum::<usize>();
    }
    let s = t.elapsed().as_secs_f64();
    let mb = (text.len() * reps) as f64 / 1e6;
    println!("{n} entities, {:.1} ms, {:.1} MB/s", s * 1e3, mb / s);
}
