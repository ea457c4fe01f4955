//! hanhchinh-abbrev: scanning the benchmark corpus (`hanhchinh_benches::corpus`: the seed pages
//! and the UD sentences once, or the file named by `HANHCHINH_BENCH_CORPUS`) for abbreviations, with the tokenizer's share separated (`find_in_tokens` over pre-computed
//! tokens, as the facade calls it), legal references, and the title chains after names.
//!
//! cargo bench -p hanhchinh-benches --bench abbrev -- --warm-up-time 1 --measurement-time 3

#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hanhchinh_abbrev::{
    find, find_in_tokens, find_legal_refs_in_tokens, split_titles, Context, ProvinceKind,
};

fn scan(c: &mut Criterion) {
    let ctx = Context::new()
        .province_kind(ProvinceKind::CentralCity)
        .unit_name("Nam Từ Liêm");
    let corpus = hanhchinh_benches::corpus();
    let tokens: Vec<_> = hanhchinh_text::tokenize(&corpus).collect();
    let mut g = c.benchmark_group("abbrev");
    g.throughput(Throughput::Bytes(corpus.len() as u64));
    g.sample_size(10);
    g.bench_function("tokenize_only", |b| {
        b.iter(|| hanhchinh_text::tokenize(black_box(&corpus)).count())
    });
    g.bench_function("find", |b| b.iter(|| find(black_box(&corpus), &ctx).len()));
    g.bench_function("find_in_tokens", |b| {
        b.iter(|| find_in_tokens(black_box(&corpus), &tokens, &ctx).len())
    });
    g.bench_function("legal_refs_in_tokens", |b| {
        b.iter(|| find_legal_refs_in_tokens(black_box(&corpus), &tokens, &ctx).len())
    });
    g.finish();
}

fn titles(c: &mut Criterion) {
    let ctx = Context::new().province_kind(ProvinceKind::Province);
    let chains = [
        "TUV, Bí thư Quận ủy, Chủ tịch HĐND quận; đồng chí",
        "UVBTVTU-Trưởng Ban Nội chính Tỉnh ủy cùng lãnh đạo Sở Nội vụ",
        "Phó Phòng ngân sách - Sở Tài chính Hà Nội",
        "HUV-Phó Chủ tịch Thường trực UBND\u{a0} huyện đã nhấn mạnh",
    ];
    let bytes: usize = chains.iter().map(|s| s.len()).sum();
    let mut g = c.benchmark_group("abbrev_titles");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("split_titles", |b| {
        b.iter(|| {
            chains
                .iter()
                .map(|s| split_titles(black_box(s), &ctx).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, scan, titles);
criterion_main!(benches);
