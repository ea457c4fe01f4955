//! Times `find_in` over the seed pages repeated (a profiling aid: `perf record` this binary).
use hanhchinh_gazetteer::Gazetteer;
use std::time::Instant;

fn main() -> std::io::Result<()> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/corpus/seeds");
    let mut one = String::new();
    let mut paths = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()?;
    paths.sort();
    for p in paths {
        one.push_str(&std::fs::read_to_string(p)?);
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
    Ok(())
}
