//! Every expectation of the dev gold set (`tests/data/dev.jsonl`, a copy of the project's
//! `shared/eval/dev.jsonl`; see `tests/data/README.md`) is found by `Analyzer::analyze_on` with
//! the right fields, and the five negative cases give nothing. The comparison is stricter than
//! the project's scorer in one way (surface texts must be equal, not only equal after its
//! relaxed keys) and looser in another (extra predictions are not counted here, except in the
//! negative cases).
#![cfg(test)]

use hanhchinh::{Analyzer, Entity, PartialDate};
use serde_json::Value;

/// Expectations the analyzer misses on purpose, with the reason (case id, kind, text).
///
/// Both are bylines cut from the end of a page into a case of one line: a name alone on a
/// one-line document is no longer a person, and on a page's last line it must start with a
/// surname and be no unit (`Huy` is no surname; `Thái Bình` is a province), so that headings
/// such as `Kinh Tế` or `Đà Nẵng` alone on a line are no persons (issue 10, item 9).
const KNOWN_MISSES: &[(&str, &str, &str)] = &[
    ("001-016", "person", "Huy Kiên"),
    ("002-020", "person", "Thái Bình"),
];

fn cases() -> Vec<Value> {
    include_str!("data/dev.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn num_eq(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(1.0),
        _ => false,
    }
}

/// The prediction as a JSON value (through the exact writer).
fn pred(e: &Entity<'_>) -> Value {
    serde_json::from_str(&e.to_json()).unwrap()
}

fn same_surface(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        hanhchinh::text::normalize(s)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    norm(a) == norm(b)
}

/// `pred` is the gold numeral `gold` with its ordinal marker before it (`lần thứ XIII` for
/// `XIII`, `thứ 4` for `4`, `Thứ nhất` for `nhất`): the gold set writes the numeral alone, the
/// wider sets' conventions keep the marker, and the scorer's relaxed key strips it.
fn ordinal_of(pred: &str, gold: &str) -> bool {
    let lower = pred.to_lowercase();
    ["lần thứ ", "thứ ", "khóa ", "khoá ", "lần "]
        .iter()
        .any(|m| {
            lower
                .strip_prefix(m)
                .is_some_and(|rest| same_surface(rest, &gold.to_lowercase()))
        })
}

fn fields_ok(g: &Value, p: &Value) -> Result<(), String> {
    let kind = g["kind"].as_str().unwrap();
    let bad = |f: &str| Err(format!("{f}: gold {} / got {}", g[f], p[f]));
    match kind {
        "number" | "percent" | "quantity" | "money" => {
            if !num_eq(&g["value"], &p["value"]) {
                return bad("value");
            }
            for f in ["unit", "currency"] {
                if !g[f].is_null() && g[f] != p[f] {
                    return bad(f);
                }
            }
        }
        "fraction" => {
            for f in ["numerator", "denominator"] {
                if !num_eq(&g[f], &p[f]) {
                    return bad(f);
                }
            }
        }
        "range" => {
            if !num_eq(&g["start"], &p["from"]) || !num_eq(&g["end"], &p["to"]) {
                return Err(format!("range bounds: gold {g} / got {p}"));
            }
        }
        "date_range" => {
            if g["start"] != p["from"] || g["end"] != p["to"] {
                return Err(format!("date_range bounds: gold {g} / got {p}"));
            }
        }
        "date" | "time" => {
            if g["value"] != p["value"] {
                return bad("value");
            }
        }
        "abbrev" => {
            if g["expansion"] != p["expansion"] {
                return bad("expansion");
            }
        }
        "admin_unit" => {
            for f in ["name", "type", "level", "province", "code"] {
                if g[f] != p[f] {
                    return bad(f);
                }
            }
        }
        "person" => {
            let set = |v: &Value| {
                let mut t: Vec<String> = v
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_str().unwrap().to_string())
                    .collect();
                t.sort();
                t
            };
            if set(&g["titles"]) != set(&p["titles"]) {
                return bad("titles");
            }
        }
        "legal_ref" => {
            for f in ["doc_type", "number", "issuer", "date"] {
                if g[f] != p[f] {
                    return bad(f);
                }
            }
        }
        _ => return Err(format!("unknown gold kind {kind}")),
    }
    Ok(())
}

#[test]
fn dev_gold_is_found_with_its_fields() {
    let a = Analyzer::default();
    let mut failures = Vec::new();
    let mut total = 0;
    for case in cases() {
        let id = case["id"].as_str().unwrap();
        let text = case["text"].as_str().unwrap();
        let date: PartialDate = case["ref_date"].as_str().unwrap().parse().unwrap();
        let r = a.analyze_on(text, Some(date));
        let preds: Vec<Value> = r.entities().iter().map(pred).collect();
        let expect = case["expect"].as_array().unwrap();
        if expect.is_empty() && !r.entities().is_empty() {
            failures.push(format!("{id}: negative case, got {}", r.entities_json()));
        }
        for g in expect {
            total += 1;
            let kind = g["kind"].as_str().unwrap();
            let gt = g["text"].as_str().unwrap();
            let found: Vec<&Value> = preds
                .iter()
                .filter(|p| {
                    let pt = p["text"].as_str().unwrap();
                    p["kind"] == kind
                        && (same_surface(pt, gt) || kind == "number" && ordinal_of(pt, gt))
                })
                .collect();
            if found.is_empty() {
                if !KNOWN_MISSES.contains(&(id, kind, gt)) {
                    failures.push(format!("{id}: missing {kind} {gt:?}"));
                }
                continue;
            }
            let errs: Vec<String> = found.iter().filter_map(|p| fields_ok(g, p).err()).collect();
            if errs.len() == found.len() {
                failures.push(format!("{id}: {kind} {gt:?}: {}", errs.join("; ")));
            }
        }
    }
    assert_eq!(total, 319);
    assert!(
        failures.is_empty(),
        "{} of {total} wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn spans_are_exact_slices() {
    let a = Analyzer::default();
    for case in cases() {
        let text = case["text"].as_str().unwrap();
        for e in a.analyze(text).entities() {
            assert_eq!(&text[e.span()], e.text());
        }
    }
}
