//! Word segmentation throughput of `hanhchinh-segment` on the benchmark corpus
//! (`hanhchinh_benches::corpus`: the seed pages and the UD sentences once, or the file named by
//! `HANHCHINH_BENCH_CORPUS`), in bytes of input per second, one core, with the tokenizer alone
//! as the floor it builds on.
//!
//! cargo bench -p hanhchinh-benches --bench segment -- --warm-up-time 1 --measurement-time 3
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    missing_docs
)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hanhchinh_segment::Segmenter;

fn segment(c: &mut Criterion) {
    let corpus = hanhchinh_benches::corpus();
    let lines: Vec<&str> = corpus.lines().collect();
    let seg = Segmenter::default();
    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Bytes(corpus.len() as u64));
    g.sample_size(10);
    g.bench_function("tokenize (floor)", |b| {
        b.iter(|| hanhchinh_text::tokenize(black_box(&corpus)).count())
    });
    g.bench_function("segment whole text", |b| {
        b.iter(|| seg.segment(black_box(&corpus)).len())
    });
    g.bench_function("segment per line, joined output", |b| {
        let mut out = String::with_capacity(corpus.len() * 2);
        b.iter(|| {
            out.clear();
            for line in &lines {
                seg.segment_joined_into(black_box(line), &mut out);
                out.push('\n');
            }
            out.len()
        })
    });
    g.finish();
}

criterion_group!(benches, segment);
criterion_main!(benches);
