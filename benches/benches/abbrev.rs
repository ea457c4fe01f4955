//! hanhchinh-abbrev: scanning the benchmark corpus (`hanhchinh_benches::corpus`: the seed pages
//! and the UD sentences once, or the file named by `HANHCHINH_BENCH_CORPUS`) for abbreviations,
//! over a `Doc` built once (as the facade calls it) and with the document built from the caller's
//! tokens, legal references, the title chains after names, and the designation of every
//! capitalised run of a document (linear in the document: the same work per name on 1 MiB and
//! on 4 MiB).
//!
//! cargo bench -p hanhchinh-benches --bench abbrev -- --warm-up-time 1 --measurement-time 3

#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hanhchinh_abbrev::{
    find, find_in_doc, find_in_tokens, find_legal_refs_in_doc, find_legal_refs_in_tokens,
    split_titles, Context, Lexicon, ProvinceKind,
};
use hanhchinh_text::Doc;

fn scan(c: &mut Criterion) {
    let ctx = Context::new()
        .province_kind(ProvinceKind::CentralCity)
        .unit_name("Nam Từ Liêm");
    let corpus = hanhchinh_benches::corpus();
    let tokens: Vec<_> = hanhchinh_text::tokenize(&corpus).collect();
    let doc = Doc::new(&corpus);
    let mut g = c.benchmark_group("abbrev");
    g.throughput(Throughput::Bytes(corpus.len() as u64));
    g.sample_size(10);
    g.bench_function("tokenize_only", |b| {
        b.iter(|| hanhchinh_text::tokenize(black_box(&corpus)).count())
    });
    g.bench_function("doc_new_only", |b| {
        b.iter(|| Doc::new(black_box(&corpus)).len())
    });
    g.bench_function("find", |b| b.iter(|| find(black_box(&corpus), &ctx).len()));
    g.bench_function("find_in_doc", |b| {
        b.iter(|| find_in_doc(black_box(&doc), &ctx).len())
    });
    g.bench_function("find_in_tokens", |b| {
        b.iter(|| find_in_tokens(black_box(&corpus), &tokens, &ctx).len())
    });
    g.bench_function("legal_refs_in_doc", |b| {
        b.iter(|| find_legal_refs_in_doc(black_box(&doc), &ctx).len())
    });
    g.bench_function("legal_refs_in_tokens", |b| {
        b.iter(|| find_legal_refs_in_tokens(black_box(&corpus), &tokens, &ctx).len())
    });
    g.finish();
}

/// Every maximal run of two to four name words (what a person finder designates).
fn name_runs(doc: &Doc<'_>) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        if !doc.is_name_word(i) {
            i += 1;
            continue;
        }
        let s = i;
        while i < doc.len() && doc.is_name_word(i) && (i == s || doc.spaced(i)) {
            i += 1;
        }
        if (2..=4).contains(&(i - s)) {
            out.push(s..i);
        }
    }
    out
}

fn designate(c: &mut Criterion) {
    let ctx = Context::new().province_kind(ProvinceKind::Province);
    let corpus = hanhchinh_benches::news_corpus();
    let lex = Lexicon::builtin();
    let mut g = c.benchmark_group("abbrev_designate_all");
    g.sample_size(10);
    for mib in [1usize, 4] {
        let mut end = (mib << 20).min(corpus.len());
        while !corpus.is_char_boundary(end) {
            end -= 1;
        }
        let text = &corpus[..end];
        let doc = Doc::new(text);
        let mentions = lex.find_in_doc(&doc, &ctx);
        let runs = name_runs(&doc);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("{mib}MiB"), |b| {
            b.iter(|| {
                runs.iter()
                    .map(|r| {
                        lex.designation_in_doc(&doc, r.clone(), &mentions)
                            .titles
                            .len()
                    })
                    .sum::<usize>()
            })
        });
    }
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

criterion_group!(benches, scan, designate, titles);
criterion_main!(benches);
