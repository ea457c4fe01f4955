//! Times `find_in` over the seed pages repeated (a profiling aid: `perf record` this binary).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
use hanhchinh_gazetteer::Gazetteer;
use std::time::Instant;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/corpus/seeds");
    let mut one = String::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for p in paths {
        one.push_str(&std::fs::read_to_string(p).unwrap());
        one.push_str("\n\n");
    }
    let text = one.repeat((4 << 20) / one.len() + 1);
    let g = Gazetteer::default();
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..5 {
        n += g.find_in(&text).len();
    }
    let el = t.elapsed().as_secs_f64();
    let toks = Instant::now();
    let mut c = 0;
    for _ in 0..5 {
        c += hanhchinh_text::tokenize(&text).count();
    }
    let tel = toks.elapsed().as_secs_f64();
    println!(
        "find_in: {:.1} MB/s ({n} mentions); tokenize alone: {:.1} MB/s ({c} tokens)",
        5.0 * text.len() as f64 / el / 1e6,
        5.0 * text.len() as f64 / tel / 1e6
    );
}
