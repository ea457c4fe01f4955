//! Shared corpus loading for the hanhchinh benchmarks.
//!
//! The corpus is real Vietnamese text: the five sample pages of `data/corpus/seeds/` (scraped
//! district news, faults included) and the UD Vietnamese VTB sentences of `corpus/ud/`
//! (CC BY-SA 4.0; this package is never published). It is repeated up to [`TARGET_BYTES`] so that
//! criterion's timings are stable. Throughput is reported in bytes of input.

#![allow(clippy::expect_used)]

use std::path::PathBuf;

/// Size of the repeated corpus handed to the benchmarks (about 4 MB).
pub const TARGET_BYTES: usize = 4 << 20;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The raw texts, one `String` per file: the five seed pages, then the UD sentences.
pub fn sources() -> Vec<String> {
    let mut out = Vec::new();
    let seeds = root().join("../data/corpus/seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&seeds)
        .expect("data/corpus/seeds is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        out.push(std::fs::read_to_string(&p).expect("seed page is UTF-8"));
    }
    let ud = root().join("corpus/ud/vi_vtb_sentences.txt");
    out.push(std::fs::read_to_string(ud).expect("UD sentences are UTF-8"));
    out
}

/// The benchmark corpus: every source once, then repeated whole until it reaches
/// [`TARGET_BYTES`]. Documents are separated by a blank line.
pub fn corpus() -> String {
    let one = sources().join("\n\n");
    let mut out = String::with_capacity(TARGET_BYTES + one.len());
    while out.len() < TARGET_BYTES {
        out.push_str(&one);
        out.push_str("\n\n");
    }
    out
}

/// The seed pages alone (district news, the kind of text the recognizers are built for),
/// repeated to [`TARGET_BYTES`].
pub fn news_corpus() -> String {
    let mut srcs = sources();
    srcs.pop();
    let one = srcs.join("\n\n");
    let mut out = String::with_capacity(TARGET_BYTES + one.len());
    while out.len() < TARGET_BYTES {
        out.push_str(&one);
        out.push_str("\n\n");
    }
    out
}
