//! Legacy encodings of hanhchinh-text: decoding throughput of TCVN3, VNI-Windows and VIQR
//! (from bytes and from Windows-1252-misread text) and of the detector, on the real corpus
//! re-encoded in each encoding. Before timing, prints the detector's accuracy on the
//! corpus's paragraphs in every encoding.
//!
//! cargo bench -p hanhchinh-benches --bench legacy -- --warm-up-time 1 --measurement-time 3

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hanhchinh_text::legacy::{self, Encoding};

const LEGACY: [Encoding; 3] = [Encoding::Tcvn3, Encoding::Vni, Encoding::Viqr];

/// The corpus in one encoding, line by line; lines holding a character the encoding cannot
/// express are left out (they are few).
fn encoded(corpus: &str, enc: Encoding) -> Vec<u8> {
    let mut out = Vec::with_capacity(corpus.len());
    for line in corpus.lines() {
        if let Ok(b) = legacy::encode(line, enc) {
            out.extend_from_slice(&b);
            out.push(b'\n');
        }
    }
    out
}

/// Detector accuracy on every paragraph (line) of the seed pages with at least `min_chars`
/// characters, in all four encodings.
fn accuracy(min_chars: usize, max_chars: usize) {
    let srcs = hanhchinh_benches::sources();
    let seeds = &srcs[..srcs.len() - 1];
    for enc in Encoding::ALL {
        let (mut n, mut ok, mut conf) = (0usize, 0usize, 0f64);
        let mut wrong = Vec::new();
        for line in seeds.iter().flat_map(|s| s.lines()) {
            let line: String = line.chars().take(max_chars).collect();
            if line.chars().count() < min_chars {
                continue;
            }
            let Ok(bytes) = legacy::encode(&line, enc) else {
                continue;
            };
            let d = legacy::detect(&bytes);
            n += 1;
            conf += f64::from(d.confidence());
            // A different verdict that decodes to the same text is not a miss.
            if d.encoding() == enc
                || legacy::decode(&bytes, d.encoding()) == legacy::decode(&bytes, enc)
            {
                ok += 1;
            } else if wrong.len() < 3 {
                wrong.push((d.encoding(), line.chars().take(60).collect::<String>()));
            }
        }
        eprintln!(
            "detect accuracy, {enc:>7}, paragraphs of {min_chars}..={max_chars} chars: {ok}/{n} = {:.1}% (mean confidence {:.2}){}",
            100.0 * ok as f64 / n.max(1) as f64,
            conf / n.max(1) as f64,
            if wrong.is_empty() { String::new() } else { format!(" misses: {wrong:?}") }
        );
    }
}

fn legacy_benches(c: &mut Criterion) {
    accuracy(20, 60);
    accuracy(60, 100_000);

    let corpus = hanhchinh_benches::corpus();
    let mut g = c.benchmark_group("legacy_decode");
    g.sample_size(10);
    for enc in LEGACY {
        let bytes = encoded(&corpus, enc);
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_function(format!("{enc}_bytes"), |b| {
            b.iter(|| legacy::decode(black_box(&bytes), enc).len())
        });
        if enc != Encoding::Viqr {
            let misread = legacy::windows_1252_to_string(&bytes);
            g.throughput(Throughput::Bytes(misread.len() as u64));
            g.bench_function(format!("{enc}_misread_str"), |b| {
                b.iter(|| legacy::decode_str(black_box(&misread), enc).len())
            });
        }
    }
    g.finish();

    let mut g = c.benchmark_group("legacy_detect");
    g.sample_size(10);
    let sample = 64 * 1024;
    for enc in Encoding::ALL {
        let bytes = if enc == Encoding::Unicode {
            corpus.as_bytes()[..sample.min(corpus.len())].to_vec()
        } else {
            let e = encoded(&corpus, enc);
            e[..sample.min(e.len())].to_vec()
        };
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_function(format!("{enc}_64KiB"), |b| {
            b.iter(|| legacy::detect(black_box(&bytes)).encoding())
        });
    }
    g.finish();
}

criterion_group!(benches, legacy_benches);
criterion_main!(benches);
