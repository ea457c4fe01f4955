//! `hanhchinh-gazetteer`: exact, folded and fuzzy lookup, address resolution and conversion,
//! `find_in` over the news corpus (bytes of input per second), and loading the default.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    missing_docs
)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hanhchinh_gazetteer::{Gazetteer, Hints, Level, LAST_PRE_REFORM};

/// Names of every district valid on 2025-06-30 (696) and of 1,000 communes, as written.
fn names(g: &Gazetteer) -> Vec<String> {
    let mut v: Vec<String> = g
        .units_on(LAST_PRE_REFORM)
        .filter(|u| u.level() == Level::District)
        .map(|u| u.name().to_string())
        .collect();
    v.extend(
        g.units_on(LAST_PRE_REFORM)
            .filter(|u| u.level() == Level::Commune)
            .step_by(10)
            .take(1000)
            .map(|u| u.name().to_string()),
    );
    v
}

fn lookup(c: &mut Criterion) {
    let g = Gazetteer::default();
    let exact = names(&g);
    let typed: Vec<String> = g
        .units_on(LAST_PRE_REFORM)
        .filter(|u| u.level() == Level::District)
        .map(|u| u.full_name())
        .collect();
    let folded: Vec<String> = exact
        .iter()
        .map(|n| hanhchinh_text::fold(n).into_owned())
        .collect();
    // One edit in the last word: drop its last letter.
    let typos: Vec<String> = folded
        .iter()
        .filter(|n| n.len() > 6)
        .take(300)
        .map(|n| n[..n.len() - 1].to_string())
        .collect();
    let mut grp = c.benchmark_group("gazetteer lookup");
    for (label, qs) in [
        ("exact name", &exact),
        ("typed full name", &typed),
        ("folded", &folded),
    ] {
        grp.throughput(Throughput::Elements(qs.len() as u64));
        grp.bench_function(label, |b| {
            b.iter(|| {
                qs.iter()
                    .map(|q| g.lookup(black_box(q)).len())
                    .sum::<usize>()
            })
        });
    }
    grp.throughput(Throughput::Elements(typos.len() as u64));
    grp.sample_size(10);
    grp.bench_function("fuzzy (one edit)", |b| {
        b.iter(|| {
            typos
                .iter()
                .map(|q| g.lookup(black_box(q)).len())
                .sum::<usize>()
        })
    });
    grp.finish();
}

fn addresses(c: &mut Criterion) {
    let g = Gazetteer::default();
    let units: Vec<_> = g
        .units_on(LAST_PRE_REFORM)
        .filter(|u| u.level() == Level::Commune)
        .step_by(5)
        .collect();
    let official: Vec<String> = units.iter().map(|u| u.official_address()).collect();
    let folded: Vec<String> = official
        .iter()
        .map(|a| hanhchinh_text::fold(a).into_owned())
        .collect();
    let hints = Hints {
        as_of: Some(LAST_PRE_REFORM),
        ..Hints::default()
    };
    let mut grp = c.benchmark_group("gazetteer address");
    grp.throughput(Throughput::Elements(official.len() as u64));
    grp.sample_size(10);
    grp.bench_function("resolve official", |b| {
        b.iter(|| {
            official
                .iter()
                .filter(|a| g.resolve_address(black_box(a), &hints).unit().is_some())
                .count()
        })
    });
    grp.bench_function("resolve folded", |b| {
        b.iter(|| {
            folded
                .iter()
                .filter(|a| g.resolve_address(black_box(a), &hints).unit().is_some())
                .count()
        })
    });
    let today = g.latest_date();
    grp.bench_function("convert to today", |b| {
        b.iter(|| {
            official
                .iter()
                .map(|a| g.convert(black_box(a), today).successors.len())
                .sum::<usize>()
        })
    });
    // The same communes after a house number and street, and the communes of after the reform
    // as two-part addresses.
    let street: Vec<String> = official
        .iter()
        .enumerate()
        .map(|(i, a)| format!("Số {} ngõ {} phố Hàng Bông, {a}", i % 97 + 1, i % 13 + 2))
        .collect();
    let post: Vec<String> = g
        .units_on(today)
        .filter(|u| u.level() == Level::Commune)
        .map(|u| u.official_address())
        .collect();
    grp.bench_function("convert street-first", |b| {
        b.iter(|| {
            street
                .iter()
                .map(|a| g.convert(black_box(a), today).successors.len())
                .sum::<usize>()
        })
    });
    grp.throughput(Throughput::Elements(post.len() as u64));
    grp.bench_function("convert post-2025 two-part", |b| {
        b.iter(|| {
            post.iter()
                .map(|a| g.convert(black_box(a), today).successors.len())
                .sum::<usize>()
        })
    });
    grp.finish();
}

/// `convert` on one long line, at three sizes: the time per byte must not grow with the size
/// (issue 14: linear on any input). Shapes: words damaged by a lossy decoding, random letters
/// with commas, and real unit names (the official addresses of the communes, joined).
fn long_lines(c: &mut Criterion) {
    let g = Gazetteer::default();
    let today = g.latest_date();
    let addresses: String = g
        .units_on(LAST_PRE_REFORM)
        .filter(|u| u.level() == Level::Commune)
        .map(|u| u.official_address())
        .collect::<Vec<_>>()
        .join(", ");
    let mut seed = 0x2545_f491_u32;
    let mut letters = String::new();
    while letters.len() < 1 << 20 {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let c = b"abcdeghiklmnopqrstuvxy ,"[(seed % 24) as usize];
        letters.push(c as char);
    }
    let shapes: [(&str, String); 3] = [
        ("damaged", "Ph\u{FFFD}\u{FFFD}ng xkq ".repeat(1 << 16)),
        ("letters", letters),
        ("addresses", addresses),
    ];
    let mut grp = c.benchmark_group("gazetteer convert long line");
    grp.sample_size(10);
    for (name, text) in &shapes {
        for kib in [16usize, 64, 256] {
            let mut end = (kib << 10).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let line = &text[..end];
            grp.throughput(Throughput::Bytes(line.len() as u64));
            grp.bench_function(format!("{name} {kib} KiB"), |b| {
                b.iter(|| g.convert(black_box(line), today).score)
            });
        }
    }
    grp.finish();
}

fn scan(c: &mut Criterion) {
    let g = Gazetteer::default();
    let corpus = hanhchinh_benches::news_corpus();
    let mut grp = c.benchmark_group("gazetteer find_in");
    grp.throughput(Throughput::Bytes(corpus.len() as u64));
    grp.sample_size(10);
    grp.bench_function("find_in news corpus", |b| {
        b.iter(|| g.find_in(black_box(&corpus)).len())
    });
    let doc = hanhchinh_text::Doc::new(&corpus);
    let opts = hanhchinh_gazetteer::FindOptions::new();
    grp.bench_function("find_in_doc (document built once)", |b| {
        b.iter(|| g.find_in_doc(black_box(&doc), &opts).len())
    });
    grp.finish();
}

fn load(c: &mut Criterion) {
    let bytes: &'static [u8] = Gazetteer::default().to_bytes().to_vec().leak();
    let mut grp = c.benchmark_group("gazetteer load");
    grp.bench_function("from_static (what the global does once)", |b| {
        b.iter(|| Gazetteer::from_static(black_box(bytes)).unwrap().len())
    });
    grp.finish();
}

criterion_group!(benches, lookup, addresses, long_lines, scan, load);
criterion_main!(benches);
