//! The JSON contract of `hanhchinh analyze`, pinned: field names, order, exact numbers, nulls.
//! `golden/analyze.jsonl` is the output for `golden/input.txt` (reference date 2022-01-21),
//! checked by hand; regenerate it with
//! `hanhchinh analyze --ref-date 2022-01-21 crates/hanhchinh/tests/golden/input.txt` only when
//! the contract or a recognizer changes on purpose.
#![cfg(test)]

use hanhchinh::{Analyzer, Entity, EntityKind, KindSet};

fn doc(id: usize, a: &Analyzer, text: &str) -> String {
    format!(
        "{{\"id\":{id},\"entities\":{}}}",
        a.analyze(text).entities_json()
    )
}

#[test]
fn golden_output() {
    let a = Analyzer::builder()
        .reference_date(hanhchinh::Date::constant(2022, 1, 21))
        .build();
    let input = include_str!("golden/input.txt");
    let want: Vec<&str> = include_str!("golden/analyze.jsonl").lines().collect();
    let got: Vec<String> = input
        .lines()
        .enumerate()
        .map(|(i, l)| doc(i + 1, &a, l))
        .collect();
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g, w);
    }
}

#[test]
fn field_names_and_order_by_kind() {
    let a = Analyzer::builder()
        .reference_date(hanhchinh::Date::constant(2022, 1, 21))
        .build();
    let one = |text: &str, kind: EntityKind| -> String {
        let r = a.analyze(text);
        let e = r.entities().iter().find(|e| e.kind() == kind).unwrap();
        e.to_json()
    };
    assert_eq!(
        one("cho 152 .206 đối tượng", EntityKind::Number),
        r#"{"kind":"number","text":"152 .206","start":4,"end":12,"value":152206}"#
    );
    assert_eq!(
        one("là 82.367 tỷ đồng", EntityKind::Money),
        r#"{"kind":"money","text":"82.367 tỷ đồng","start":4,"end":23,"value":82367000000000,"currency":"VND"}"#
    );
    assert_eq!(
        one("rộng 4,3ha", EntityKind::Quantity),
        r#"{"kind":"quantity","text":"4,3ha","start":7,"end":12,"value":4.3,"unit":"ha"}"#
    );
    assert_eq!(
        one("có từ 3 đến 5 xã", EntityKind::Range),
        r#"{"kind":"range","text":"từ 3 đến 5","start":4,"end":19,"from":3,"to":5,"unit":null}"#
    );
    assert_eq!(
        one("năm 2020 - 2021", EntityKind::DateRange),
        r#"{"kind":"date_range","text":"năm 2020 - 2021","start":0,"end":16,"from":"2020","to":"2021"}"#
    );
    assert_eq!(
        one("theo Chỉ thị 05 của Bộ Chính trị", EntityKind::LegalRef),
        r#"{"kind":"legal_ref","text":"Chỉ thị 05","start":5,"end":19,"doc_type":"Chỉ thị","number":"05","issuer":null,"date":null}"#
    );
}

#[test]
fn numbers_are_written_exactly() {
    // Beyond f64: 20 significant digits stay as written.
    let json = r#"{"kind":"number","text":"x","start":0,"end":1,"value":12345678901234567.891}"#;
    let e: Entity<'static> = serde_json::from_str(json).unwrap();
    assert_eq!(
        e.to_json(),
        r#"{"kind":"number","text":"x","start":0,"end":1,"value":12345678901234567.891}"#
    );
}

#[test]
fn serde_round_trips_every_entity() {
    let a = Analyzer::builder()
        .reference_date(hanhchinh::Date::constant(2022, 1, 21))
        .build();
    for line in include_str!("golden/input.txt").lines() {
        for e in a.analyze(line).entities() {
            assert_eq!(serde_json::to_string(e).unwrap(), e.to_json());
            let back: Entity<'static> = serde_json::from_str(&e.to_json()).unwrap();
            assert_eq!(back, e.clone().into_owned());
        }
    }
}

#[test]
fn kinds_filter() {
    let a = Analyzer::builder()
        .kinds(KindSet::empty().with(EntityKind::Abbrev))
        .build();
    let r = a.analyze("UBND quận Ba Đình, 96,39%");
    assert!(r.entities().iter().all(|e| e.kind() == EntityKind::Abbrev));
    assert_eq!(r.entities().len(), 1);
}

#[test]
fn json_of_an_empty_text() {
    let a = Analyzer::default();
    assert_eq!(a.analyze("").entities_json(), "[]");
    assert_eq!(a.analyze("   \n").entities_json(), "[]");
}
