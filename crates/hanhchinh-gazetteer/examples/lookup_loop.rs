//! Times `lookup` over every district name (a profiling aid: `perf record` this binary).
use hanhchinh_gazetteer::{Gazetteer, Level, LAST_PRE_REFORM};
use std::time::Instant;

fn main() {
    let g = Gazetteer::default();
    let names: Vec<String> = g
        .units_on(LAST_PRE_REFORM)
        .filter(|u| u.level() == Level::District)
        .map(|u| u.name().to_string())
        .collect();
    let t = Instant::now();
    let mut n = 0usize;
    let rounds = 300;
    for _ in 0..rounds {
        for q in &names {
            n += g.lookup(q).len();
        }
    }
    let el = t.elapsed();
    println!(
        "{} lookups, {:.0}/s ({n} candidates)",
        names.len() * rounds,
        (names.len() * rounds) as f64 / el.as_secs_f64()
    );
}
