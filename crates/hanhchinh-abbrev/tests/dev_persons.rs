//! The titles of every person of the gold set (`tests/data/dev_abbrev.jsonl`, copied from
//! `shared/eval/dev.jsonl`): given the name's span, [`designation`] returns exactly the gold
//! titles, fully expanded, in text order.

use hanhchinh_abbrev::designation;
use hanhchinh_text::tokenize;

mod common;

use common::{assert_no_failures, cases};

#[test]
fn every_gold_person_gets_its_titles() {
    let mut failures = Vec::new();
    let mut n = 0;
    for case in cases() {
        let text = case.text.as_str();
        let tokens: Vec<_> = tokenize(text).collect();
        let mut from = 0;
        for e in case.expect.iter().filter(|e| e["kind"] == "person") {
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
            let d = designation(text, &tokens, start..end, &case.ctx);
            let got: Vec<&str> = d.titles.iter().map(|t| t.expanded()).collect();
            if got != gold {
                failures.push(format!(
                    "{} {name}: expected {gold:?}\n        got {got:?}",
                    case.id
                ));
            }
        }
    }
    assert_eq!(n, 31);
    assert_no_failures("persons", &failures);
}
