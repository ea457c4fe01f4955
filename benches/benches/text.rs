//! hanhchinh-text against its peers on the same real Vietnamese corpus (`hanhchinh_benches::corpus`:
//! the seed pages and the UD sentences once, or the file named by `HANHCHINH_BENCH_CORPUS`):
//! our tokenizer (spans + kinds; with normalized + folded forms through the `Cow` API and through
//! the buffer API `Token::fold_into`; with lookup keys both ways), normalize, fold and key,
//! `str::split_whitespace` (a floor), unicode-segmentation's `unicode_words`, and charabia
//! (`default-features = false, features = ["vietnamese"]`) segmenting and tokenizing.
//!
//! cargo bench -p hanhchinh-benches --bench text
//! HANHCHINH_BENCH_CORPUS=news.txt cargo bench -p hanhchinh-benches --bench text   (your own text)
//! TEXT_BENCH_INTERLEAVED=12 cargo bench -p hanhchinh-benches --bench text   (best of 12, interleaved)

#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{criterion_group, Criterion, Throughput};
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

/// Best of `rounds` runs of each contender, the contenders interleaved in one process: on a
/// machine shared with other work, the fastest run of each is the least disturbed, and
/// interleaving exposes every contender to the same load. Prints MiB/s and the target ratios.
fn interleaved(rounds: usize) {
    use std::time::Instant;
    let corpus = hanhchinh_benches::corpus();
    let canonical = hanhchinh_text::normalize(&corpus).into_owned();
    type Job<'a> = (&'static str, Box<dyn Fn() -> usize + 'a>);
    let jobs: Vec<Job<'_>> = vec![
        (
            "split_whitespace",
            Box::new(|| black_box(&corpus).split_whitespace().count()),
        ),
        (
            "unicode_words",
            Box::new(|| black_box(&corpus).unicode_words().count()),
        ),
        (
            "hanhchinh_tokenize",
            Box::new(|| {
                hanhchinh_text::tokenize(black_box(&corpus))
                    .map(|t| t.end() ^ t.kind() as usize)
                    .fold(0usize, usize::wrapping_add)
            }),
        ),
        (
            "hanhchinh_tokenize_normalized_folded",
            Box::new(|| {
                let mut n = 0usize;
                for t in hanhchinh_text::tokenize(black_box(&corpus)) {
                    n = n.wrapping_add(t.normalized().len() + t.folded().len());
                }
                n
            }),
        ),
        (
            "hanhchinh_tokenize_normalized_fold_into",
            Box::new(|| {
                let mut buf = String::new();
                let mut n = 0usize;
                for t in hanhchinh_text::tokenize(black_box(&corpus)) {
                    buf.clear();
                    t.fold_into(&mut buf);
                    n = n.wrapping_add(t.normalized().len() + buf.len());
                }
                n
            }),
        ),
        (
            "charabia_tokenize",
            Box::new(|| {
                use charabia::Tokenize;
                black_box(corpus.as_str()).tokenize().count()
            }),
        ),
        (
            "memchr_count_newlines",
            Box::new(|| memchr::memchr_iter(b'\n', black_box(canonical.as_bytes())).count()),
        ),
        (
            "normalize_canonical",
            Box::new(|| hanhchinh_text::normalize(black_box(&canonical)).len()),
        ),
        (
            "unicode_normalization_is_nfc_quick",
            Box::new(|| {
                use unicode_normalization::{is_nfc_quick, IsNormalized};
                usize::from(is_nfc_quick(black_box(&canonical).chars()) == IsNormalized::Yes)
            }),
        ),
        (
            "fold",
            Box::new(|| hanhchinh_text::fold(black_box(&canonical)).len()),
        ),
        (
            "key",
            Box::new(|| hanhchinh_text::key(black_box(&canonical)).len()),
        ),
    ];
    let mut best = vec![f64::MAX; jobs.len()];
    for _ in 0..rounds {
        for ((_, job), best) in jobs.iter().zip(best.iter_mut()) {
            let t0 = Instant::now();
            black_box(job());
            *best = best.min(t0.elapsed().as_secs_f64());
        }
    }
    let mib = |name: &str| {
        jobs.iter()
            .zip(&best)
            .find(|((n, _), _)| *n == name)
            .map_or(0.0, |(_, t)| corpus.len() as f64 / t / 1_048_576.0)
    };
    for (name, _) in &jobs {
        println!("{name:<42} {:>9.1} MiB/s", mib(name));
    }
    let ratio = |a: &str, b: &str| mib(a) / mib(b);
    println!(
        "tokenize / unicode_words: {:.2}x (target >= 3x)",
        ratio("hanhchinh_tokenize", "unicode_words")
    );
    println!(
        "tokenize+normalized+folded / charabia tokenize: {:.1}x (target >= 10x); with fold_into {:.1}x",
        ratio("hanhchinh_tokenize_normalized_folded", "charabia_tokenize"),
        ratio("hanhchinh_tokenize_normalized_fold_into", "charabia_tokenize")
    );
    println!(
        "memchr / normalize (canonical): {:.0}x",
        ratio("memchr_count_newlines", "normalize_canonical")
    );
}

/// `TEXT_BENCH_INTERLEAVED=12 cargo bench -p hanhchinh-benches --bench text` prints the
/// interleaved best-of-12 table instead of running criterion.
fn main() {
    if let Ok(rounds) = std::env::var("TEXT_BENCH_INTERLEAVED") {
        interleaved(rounds.parse().unwrap_or(12));
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
