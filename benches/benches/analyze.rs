//! hanhchinh (facade): `Analyzer::analyze` over the benchmark corpus (`hanhchinh_benches::corpus`:
//! the seed pages and the UD sentences once, or the file named by `HANHCHINH_BENCH_CORPUS`), one
//! document per line as `hanhchinh analyze` reads plain
//! text, and the whole corpus as one document; the tokenizer alone for comparison.
//!
//! cargo bench -p hanhchinh-benches --bench analyze -- --warm-up-time 1 --measurement-time 3

#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hanhchinh::Analyzer;

fn analyze(c: &mut Criterion) {
    let corpus = hanhchinh_benches::corpus();
    let a = Analyzer::builder()
        .reference_date(hanhchinh::Date::constant(2023, 5, 18))
        .build();
    let mut g = c.benchmark_group("analyze");
    g.throughput(Throughput::Bytes(corpus.len() as u64));
    g.sample_size(10);
    g.bench_function("tokenize_only", |b| {
        b.iter(|| hanhchinh::text::tokenize(black_box(&corpus)).count())
    });
    g.bench_function("analyze_lines", |b| {
        b.iter(|| {
            black_box(&corpus)
                .lines()
                .map(|l| a.analyze(l).entities().len())
                .sum::<usize>()
        })
    });
    g.bench_function("analyze_whole", |b| {
        b.iter(|| a.analyze(black_box(&corpus)).entities().len())
    });
    g.finish();
}

criterion_group!(benches, analyze);
criterion_main!(benches);
