//! Time of each stage of `Analyzer::analyze` over a text file, one document per line:
//! `cargo run --release -p hanhchinh --example stages -- FILE`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::time::Instant;

use hanhchinh::abbrev::Context;
use hanhchinh::{Analyzer, EntityKind, KindSet};

fn toks(l: &str) -> Vec<hanhchinh::text::Token<'_>> {
    hanhchinh::text::tokenize(l).collect()
}

fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let text = std::fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mb = text.len() as f64 / 1e6;
    let time = |name: &str, f: &dyn Fn(&str) -> usize| {
        let t = Instant::now();
        let n: usize = lines.iter().map(|l| f(l)).sum();
        let s = t.elapsed().as_secs_f64();
        println!("{name:<16} {:>8.1} ms {:>7.1} MB/s ({n})", s * 1e3, mb / s);
    };
    time("tokenize", &|l| hanhchinh::text::tokenize(l).count());
    time("numdate", &|l| {
        hanhchinh::numdate::find_in_tokens(l, &toks(l), &Default::default()).len()
    });
    let g = hanhchinh::gazetteer::global();
    let opts = hanhchinh::gazetteer::FindOptions::new();
    time("gazetteer", &|l| {
        g.find_in_doc(&hanhchinh::text::Doc::new(l), &opts).len()
    });
    let ctx = Context::new();
    time("abbrev", &|l| {
        hanhchinh::abbrev::find_in_tokens(l, &toks(l), &ctx).len()
    });
    time("legal", &|l| {
        hanhchinh::abbrev::find_legal_refs_in_tokens(l, &toks(l), &ctx).len()
    });
    for k in [
        EntityKind::Number,
        EntityKind::AdminUnit,
        EntityKind::Abbrev,
        EntityKind::Person,
    ] {
        let a = Analyzer::builder().kinds(KindSet::empty().with(k)).build();
        time(&format!("analyze {k}"), &|l| a.analyze(l).entities().len());
    }
    let a = Analyzer::default();
    time("analyze all", &|l| a.analyze(l).entities().len());
    time("analyze+json", &|l| a.analyze(l).entities_json().len());
}
