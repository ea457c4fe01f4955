//! The titles of every person of the gold set (`tests/data/dev_abbrev.jsonl`, copied from
//! `shared/eval/dev.jsonl`): given the name's span, [`designation`] returns exactly the gold
//! titles, fully expanded, in text order.

use hanhchinh_abbrev::{designation, Context, ProvinceKind};
use hanhchinh_text::tokenize;
use serde_json::Value;

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

#[test]
fn every_gold_person_gets_its_titles() {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in include_str!("data/dev_abbrev.jsonl").lines() {
        let case: Value = serde_json::from_str(line).unwrap();
        let text = case["text"].as_str().unwrap();
        let ctx = context_for(case["source"].as_str().unwrap());
        let tokens: Vec<_> = tokenize(text).collect();
        let mut from = 0;
        for e in case["expect"].as_array().unwrap() {
            if e["kind"] != "person" {
                continue;
            }
            n += 1;
            let name = e["text"].as_str().unwrap();
            let start = from + text[from..].find(name).unwrap();
            let end = start + name.len();
            from = end;
            let gold: Vec<&str> = e["titles"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t.as_str().unwrap())
                .collect();
            let d = designation(text, &tokens, start..end, &ctx);
            let got: Vec<&str> = d.titles.iter().map(|t| t.expanded()).collect();
            if got != gold {
                failures.push(format!(
                    "{} {name}: expected {gold:?}\n        got {got:?}",
                    case["id"]
                ));
            }
        }
    }
    assert_eq!(n, 31);
    assert!(
        failures.is_empty(),
        "{} persons differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
