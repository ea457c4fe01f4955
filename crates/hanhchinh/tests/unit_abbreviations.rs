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

#[test]
fn tp_before_a_found_city_is_thanh_pho() {
    let got = expansions("UBND phường Hoàn Kiếm (TP Hà Nội) tổ chức hội nghị.");
    assert!(
        got.contains(&("TP".to_string(), "Thành phố".to_string())),
        "{got:?}"
    );
}

#[test]
fn tp_before_a_department_is_the_post() {
    let got = expansions("Dự họp có ông Nguyễn Văn An, TP Tổ chức cán bộ.");
    assert!(
        got.contains(&("TP".to_string(), "Trưởng phòng".to_string())),
        "{got:?}"
    );
}
