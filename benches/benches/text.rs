//! hanhchinh-text against its peers on the same real Vietnamese corpus (`hanhchinh_benches::corpus`):
//! our tokenizer (spans + kinds; with normalized + folded forms through the `Cow` API and through
//! the buffer API `Token::fold_into`; with lookup keys both ways), normalize, fold and key,
//! `str::split_whitespace` (a floor), unicode-segmentation's `unicode_words`, and charabia
//! (`default-features = false, features = ["vietnamese"]`) segmenting and tokenizing.
//!
//! cargo bench -p hanhchinh-benches --bench text

#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

fn tokenizers(c: &mut Criterion) {
    let corpus = hanhchinh_benches::corpus();
    let mut g = c.benchmark_group("tokenize");
    g.throughput(Throughput::Bytes(corpus.len() as u64));
    g.sample_size(20);

    g.bench_function("split_whitespace", |b| {
        b.iter(|| black_box(&corpus).split_whitespace().count())
    });
    g.bench_function("unicode_words", |b| {
        b.iter(|| black_box(&corpus).unicode_words().count())
    });
    g.bench_function("hanhchinh_tokenize", |b| {
        b.iter(|| {
            hanhchinh_text::tokenize(black_box(&corpus))
                .map(|t| t.end() ^ t.kind() as usize)
                .fold(0usize, usize::wrapping_add)
        })
    });
    g.bench_function("hanhchinh_tokenize_normalized_folded", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for t in hanhchinh_text::tokenize(black_box(&corpus)) {
                n = n.wrapping_add(t.normalized().len() + t.folded().len());
            }
            n
        })
    });
    g.bench_function("hanhchinh_tokenize_normalized_fold_into", |b| {
        // The buffer API: one String reused for every folded form.
        let mut buf = String::new();
        b.iter(|| {
            let mut n = 0usize;
            for t in hanhchinh_text::tokenize(black_box(&corpus)) {
                buf.clear();
                t.fold_into(&mut buf);
                n = n.wrapping_add(t.normalized().len() + buf.len());
            }
            n
        })
    });
    g.bench_function("hanhchinh_tokenize_keys", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for t in hanhchinh_text::tokenize(black_box(&corpus)) {
                n = n.wrapping_add(t.key().len());
            }
            n
        })
    });
    g.bench_function("hanhchinh_tokenize_key_into", |b| {
        let mut buf = String::new();
        b.iter(|| {
            let mut n = 0usize;
            for t in hanhchinh_text::tokenize(black_box(&corpus)) {
                buf.clear();
                t.key_into(&mut buf);
                n = n.wrapping_add(buf.len());
            }
            n
        })
    });
    g.bench_function("charabia_segment", |b| {
        use charabia::Segment;
        b.iter(|| black_box(corpus.as_str()).segment_str().count())
    });
    g.bench_function("charabia_tokenize", |b| {
        use charabia::Tokenize;
        b.iter(|| black_box(corpus.as_str()).tokenize().count())
    });
    g.finish();
}

fn normalization(c: &mut Criterion) {
    let corpus = hanhchinh_benches::corpus();
    let canonical = hanhchinh_text::normalize(&corpus).into_owned();
    let modern = hanhchinh_text::normalize_with(
        &corpus,
        &hanhchinh_text::NormalizeOptions::new().tone(hanhchinh_text::ToneStyle::Modern),
    )
    .into_owned();
    let mut g = c.benchmark_group("normalize");
    g.throughput(Throughput::Bytes(corpus.len() as u64));
    g.sample_size(20);
    g.bench_function("memchr_count_newlines", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(canonical.as_bytes())).count())
    });
    g.bench_function("normalize_canonical", |b| {
        b.iter(|| hanhchinh_text::normalize(black_box(&canonical)).len())
    });
    g.bench_function("normalize_modern_to_traditional", |b| {
        b.iter(|| hanhchinh_text::normalize(black_box(&modern)).len())
    });
    g.bench_function("unicode_normalization_is_nfc_quick", |b| {
        // The check alone that normalize's borrowed answer implies (without tone placement).
        use unicode_normalization::{is_nfc_quick, IsNormalized};
        b.iter(|| is_nfc_quick(black_box(&canonical).chars()) == IsNormalized::Yes)
    });
    g.bench_function("unicode_normalization_nfc", |b| {
        use unicode_normalization::UnicodeNormalization;
        b.iter(|| black_box(&canonical).nfc().count())
    });
    g.bench_function("fold", |b| {
        b.iter(|| hanhchinh_text::fold(black_box(&canonical)).len())
    });
    g.bench_function("key", |b| {
        b.iter(|| hanhchinh_text::key(black_box(&canonical)).len())
    });
    g.finish();
}

criterion_group!(benches, tokenizers, normalization);
criterion_main!(benches);
