//! The gold cases of `tests/data/dev_abbrev.jsonl` with the context of their pages, shared by
//! `dev_abbrev.rs` and `dev_persons.rs`.
#![cfg(test)]

use hanhchinh_abbrev::{Context, ProvinceKind};
use serde_json::Value;

/// One line of the gold file.
pub struct Case {
    /// The case's id, as the gold file writes it.
    pub id: String,
    pub text: String,
    /// The context the facade would fill for the case's page.
    pub ctx: Context,
    /// The expected items (`{"kind", "text", ...}`).
    pub expect: Vec<Value>,
}

/// Every case of the gold file.
pub fn cases() -> Vec<Case> {
    include_str!("../data/dev_abbrev.jsonl")
        .lines()
        .map(|l| {
            let case: Value = serde_json::from_str(l).unwrap();
            Case {
                id: case["id"].to_string(),
                text: case["text"].as_str().unwrap().to_string(),
                ctx: context_for(case["source"].as_str().unwrap()),
                expect: case["expect"].as_array().unwrap().clone(),
            }
        })
        .collect()
}

/// Fails the test with every failure listed, when there is one.
pub fn assert_no_failures(what: &str, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} {what} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The context the facade would fill for each seed (unit and province kind from the gold set's
/// README table "Sources").
fn context_for(source: &str) -> Context {
    let (kind, unit) = match &source[..3] {
        "000" => (ProvinceKind::CentralCity, "Nam Từ Liêm"),
        "001" => (ProvinceKind::CentralCity, "Ba Đình"),
        "002" => (ProvinceKind::CentralCity, "Lê Chân"),
        "003" => (ProvinceKind::CentralCity, "Tây Hồ"),
        _ => (ProvinceKind::Province, "Quỳnh Phụ"),
    };
    Context::new().province_kind(kind).unit_name(unit)
}
