//! hanhchinh-numdate: `find` over the benchmark corpus (`hanhchinh_benches::corpus`: the seed
//! pages and the UD sentences once, or the file named by `HANHCHINH_BENCH_CORPUS`), split into
//! the tokenizer's share and the recognizer's share (`find_in_doc` over a pre-built `Doc`, as the
//! facade calls it; `find_in_tokens` over pre-computed tokens, which builds the `Doc` of them),
//! and the single-expression parser.
//!
//! cargo bench -p hanhchinh-benches --bench numdate -- --warm-up-time 1 --measurement-time 3

#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hanhchinh_numdate::{find, find_in_doc, find_in_tokens, parse_number, Options, PartialDate};

fn scan(c: &mut Criterion) {
    let mut opts = Options::new();
    opts.reference_date = PartialDate::ymd(2023, 5, 18).ok();
    {
        let corpus = hanhchinh_benches::corpus();
        let mut g = c.benchmark_group("numdate");
        g.throughput(Throughput::Bytes(corpus.len() as u64));
        g.sample_size(10);
        g.bench_function("tokenize_only", |b| {
            b.iter(|| hanhchinh_text::tokenize(black_box(&corpus)).count())
        });
        g.bench_function("find", |b| b.iter(|| find(black_box(&corpus), &opts).len()));
        let tokens: Vec<_> = hanhchinh_text::tokenize(&corpus).collect();
        g.bench_function("find_in_tokens", |b| {
            b.iter(|| find_in_tokens(black_box(&corpus), &tokens, &opts).len())
        });
        g.bench_function("doc_only", |b| {
            b.iter(|| hanhchinh_text::Doc::new(black_box(&corpus)).len())
        });
        let doc = hanhchinh_text::Doc::new(&corpus);
        g.bench_function("find_in_doc", |b| {
            b.iter(|| find_in_doc(black_box(&doc), &opts).len())
        });
        g.finish();
    }
}

fn parse(c: &mut Criterion) {
    let inputs = [
        "82.367 tỷ đồng",
        "96,39%",
        "191.360.000 đồng",
        "4,3ha",
        "hai nghìn không trăm hai mươi ba",
        "1.234.567,89",
    ];
    let bytes: usize = inputs.iter().map(|s| s.len()).sum();
    let mut g = c.benchmark_group("numdate_parse_number");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("six_expressions", |b| {
        b.iter(|| {
            inputs
                .iter()
                .filter(|s| parse_number(black_box(s)).is_ok())
                .count()
        })
    });
    g.finish();
}

criterion_group!(benches, scan, parse);
criterion_main!(benches);
