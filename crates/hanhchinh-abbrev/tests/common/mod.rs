//! The gold cases of `tests/data/dev_abbrev.jsonl` and the context of their pages, shared by
//! `dev_abbrev.rs` and `dev_persons.rs`.
#![cfg(test)]

use hanhchinh_abbrev::{Context, ProvinceKind};
use serde_json::Value;

/// The context the facade would fill for each seed (unit and province kind from the gold set's
/// README table "Sources").
pub fn context_for(source: &str) -> Context {
    let (kind, unit) = match &source[..3] {
        "000" => (ProvinceKind::CentralCity, "Nam Từ Liêm"),
        "001" => (ProvinceKind::CentralCity, "Ba Đình"),
        "002" => (ProvinceKind::CentralCity, "Lê Chân"),
        "003" => (ProvinceKind::CentralCity, "Tây Hồ"),
        _ => (ProvinceKind::Province, "Quỳnh Phụ"),
    };
    Context::new().province_kind(kind).unit_name(unit)
}

/// Every case of the gold file, one JSON object a line.
pub fn cases() -> Vec<Value> {
    include_str!("../data/dev_abbrev.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}
