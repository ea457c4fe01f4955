//! Every abbreviation of the gold set (`tests/data/dev_abbrev.jsonl`, copied from
//! `shared/eval/dev.jsonl`; see `tests/data/README.md`) is found with its expansion, and nothing
//! else is.
#![cfg(test)]

use hanhchinh_abbrev::find;

mod common;

use common::{assert_no_failures, cases};

#[test]
fn every_gold_abbreviation_and_nothing_else() {
    let mut failures = Vec::new();
    let mut n = 0;
    for case in cases() {
        let expected: Vec<(String, String)> = case
            .expect
            .iter()
            .filter(|e| e["kind"] == "abbrev")
            .map(|e| {
                (
                    e["text"].as_str().unwrap().to_string(),
                    e["expansion"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        n += expected.len();
        let found: Vec<(String, String)> = find(&case.text, &case.ctx)
            .iter()
            .filter(|m| m.category() != hanhchinh_abbrev::Category::Rank)
            .map(|m| {
                (
                    m.text().to_string(),
                    m.expansion().unwrap_or("<undecided>").to_string(),
                )
            })
            .collect();
        if found != expected {
            failures.push(format!(
                "{}: expected {:?}\n        found {:?}",
                case.id, expected, found
            ));
        }
    }
    assert_eq!(n, 80, "the gold set has 80 abbreviation items");
    assert_no_failures("cases", &failures);
}
