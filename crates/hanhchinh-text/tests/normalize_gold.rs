//! The gold normalization and folding cases (`tests/data/normalize.jsonl`, see its README).
#![cfg(test)]

use hanhchinh_text::{fold, key, normalize, normalize_with, NormalizeOptions, ToneStyle};
use unicode_normalization::UnicodeNormalization;

struct Case {
    id: String,
    input: String,
    nfc: String,
    folded: String,
    canonical: String,
    canonical_modern: String,
}

fn cases() -> Vec<Case> {
    let text = include_str!("data/normalize.jsonl");
    let cases: Vec<Case> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let f = |k: &str| v[k].as_str().unwrap().to_string();
            Case {
                id: f("id"),
                input: f("input"),
                nfc: f("nfc"),
                folded: f("folded"),
                canonical: f("canonical"),
                canonical_modern: f("canonical_modern"),
            }
        })
        .collect();
    assert_eq!(cases.len(), 75);
    cases
}

#[test]
fn canonical_forms_match_the_gold() {
    let modern = NormalizeOptions::new().tone(ToneStyle::Modern);
    for c in cases() {
        assert_eq!(c.input.nfc().collect::<String>(), c.nfc, "{} nfc", c.id);
        assert_eq!(normalize(&c.input), c.canonical, "{} canonical", c.id);
        assert_eq!(
            normalize_with(&c.input, &modern),
            c.canonical_modern,
            "{} modern",
            c.id
        );
    }
}

#[test]
fn folded_forms_match_the_gold() {
    for c in cases() {
        assert_eq!(fold(&c.input), c.folded, "{} folded", c.id);
        assert_eq!(
            fold(&normalize(&c.input)),
            c.folded,
            "{} fold(normalize)",
            c.id
        );
    }
}

#[test]
fn both_styles_share_one_key() {
    for c in cases() {
        assert_eq!(key(&c.canonical), key(&c.canonical_modern), "{}", c.id);
        assert_eq!(key(&c.input), key(&c.canonical), "{}", c.id);
    }
}
