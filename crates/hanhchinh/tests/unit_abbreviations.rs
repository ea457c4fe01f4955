//! An abbreviation that opens an administrative unit found by the gazetteer reads as the
//! unit's type word: `TP Hà Nội` is Thành phố Hà Nội, while `TP Tổ chức` stays a post.
#![cfg(test)]

use hanhchinh::{Analyzer, EntityKind};

fn expansions(text: &str) -> Vec<(String, String)> {
    let a = Analyzer::default();
    let r = a.analyze(text);
    r.entities()
        .iter()
        .filter(|e| e.kind() == EntityKind::Abbrev)
        .map(|e| {
            let json = e.to_json();
            let v: serde_json::Value = serde_json::from_str(&json).unwrap();
            (
                e.text().to_string(),
                v["expansion"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Asserts that `text` has the abbreviation `TP` expanded to `expansion`.
fn tp_reads_as(text: &str, expansion: &str) {
    let got = expansions(text);
    assert!(
        got.contains(&("TP".to_string(), expansion.to_string())),
        "{got:?}"
    );
}

#[test]
fn tp_before_a_found_city_is_thanh_pho() {
    tp_reads_as(
        "UBND phường Hoàn Kiếm (TP Hà Nội) tổ chức hội nghị.",
        "Thành phố",
    );
}

#[test]
fn tp_before_a_department_is_the_post() {
    tp_reads_as(
        "Dự họp có ông Nguyễn Văn An, TP Tổ chức cán bộ.",
        "Trưởng phòng",
    );
}
