//! Legal references: the three of the gold set (`tests/data/dev_abbrev.jsonl`, copied from
//! `shared/eval/dev.jsonl`), no false positive in its other cases, and the shapes of the issue.
//! The cases that are a text and some fields of its one reference (or none) are lines of
//! `tests/cases/legal.tsv`.
#![cfg(test)]

use hanhchinh_abbrev::{find_legal_refs, Context};
use hanhchinh_cases::{self as cases, Cases};
use serde_json::Value;

#[test]
fn gold_legal_refs_and_nothing_else() {
    let mut n = 0;
    for line in include_str!("data/dev_abbrev.jsonl").lines() {
        let case: Value = serde_json::from_str(line).unwrap();
        let text = case["text"].as_str().unwrap();
        let gold: Vec<&Value> = case["expect"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["kind"] == "legal_ref")
            .collect();
        let got = find_legal_refs(text, &Context::new());
        assert_eq!(got.len(), gold.len(), "{}: {got:?}", case["id"]);
        for (g, r) in gold.iter().zip(&got) {
            n += 1;
            assert_eq!(r.text(), g["text"].as_str().unwrap());
            assert_eq!(r.doc_type(), g["doc_type"].as_str().unwrap());
            assert_eq!(r.number(), g["number"].as_str().unwrap());
            assert_eq!(r.issuer(), g["issuer"].as_str());
            assert_eq!(
                r.date().map(|d| d.iso()),
                g["date"].as_str().map(str::to_string)
            );
            assert_eq!(&text[r.span()], r.text());
        }
    }
    assert_eq!(n, 3);
}

#[test]
fn shapes_of_the_issue() {
    let ctx = Context::new();
    let r = &find_legal_refs(
        "theo Quyết định số 1234/QĐ-UBND ngày 5/3/2024 của UBND tỉnh",
        &ctx,
    )[0];
    assert_eq!(r.text(), "Quyết định số 1234/QĐ-UBND");
    assert_eq!(
        (r.number(), r.type_code(), r.issuer()),
        ("1234", Some("QĐ"), Some("UBND"))
    );
    assert_eq!(r.issuer_name(), Some("Ủy ban nhân dân"));
    assert_eq!(r.date().unwrap().iso(), "2024-03-05");

    let r = &find_legal_refs("Nghị định 91/2017/NĐ-CP quy định", &ctx)[0];
    assert_eq!(
        (r.number(), r.year(), r.type_code(), r.issuer_name()),
        ("91", Some(2017), Some("NĐ"), Some("Chính phủ"))
    );

    let r = &find_legal_refs("Thông tư số 12/2020/TT-BTC", &ctx)[0];
    assert_eq!(r.issuer_name(), Some("Bộ Tài chính"));

    let r = &find_legal_refs("Luật số 80/2015/QH13", &ctx)[0];
    assert_eq!(
        (r.doc_type(), r.issuer(), r.issuer_name()),
        ("Luật", Some("QH13"), Some("Quốc hội"))
    );

    let r = &find_legal_refs("Công văn số 123/UBND-VP, ngày 05/01/2023", &ctx)[0];
    assert_eq!(
        (r.type_code(), r.issuer(), r.issuer_name()),
        (None, Some("UBND-VP"), None)
    );
    assert_eq!(r.date().unwrap().iso(), "2023-01-05");
    assert_eq!(
        r.date_span().map(|s| s.len()),
        Some("ngày 05/01/2023".len())
    );

    let r = &find_legal_refs("Nghị quyết số 01-NQ/TU của Thành ủy", &ctx)[0];
    assert_eq!((r.type_code(), r.issuer()), (Some("NQ"), Some("TU")));
}

#[test]
fn laws_named_by_title() {
    use hanhchinh_abbrev::find_law_names;
    let found = find_law_names(
        "Chỉ thị số 34-CT/TW, Luật thi đua khen thưởng và các văn bản; Luật Giáo dục đại học, Bộ luật Hình sự; \
         LUẬT CÁN BỘ, CÔNG CHỨC; luật pháp; Luật Giáo dục",
    );
    let got: Vec<(&str, &str)> = found.iter().map(|l| (l.text(), l.name())).collect();
    assert_eq!(
        got,
        [
            ("Luật thi đua khen thưởng", "Luật Thi đua, khen thưởng"),
            ("Luật Giáo dục đại học", "Luật Giáo dục đại học"),
            ("Bộ luật Hình sự", "Bộ luật Hình sự"),
            ("LUẬT CÁN BỘ, CÔNG CHỨC", "Luật Cán bộ, công chức"),
            ("Luật Giáo dục", "Luật Giáo dục"),
        ]
    );
}

/// The cases of `tests/cases/legal.tsv`.
#[test]
fn references_of_legal_tsv() {
    Cases::open(env!("CARGO_MANIFEST_DIR"), "legal.tsv").run(|columns| match columns {
        [text, "none"] => cases::compare(&find_legal_refs(text, &Context::new())[..], &[]),
        [text, fields @ ..] => check_one(&text.replace("\\n", "\n"), fields),
        [] => Err("no text".into()),
    });
}

/// Checks that one reference is found in `text`, at its span, with the `field=value`s of
/// `fields` (`tests/cases/legal.tsv` says which fields there are).
fn check_one(text: &str, fields: &[&str]) -> Result<(), String> {
    let refs = find_legal_refs(text, &Context::new());
    let [r] = &refs[..] else {
        return Err(format!("want one reference, got {refs:?}"));
    };
    if text.get(r.span()) != Some(r.text()) {
        return Err(format!("{r:?} is not the text at its span"));
    }
    cases::fields(fields, |field| {
        let owned = |s: Option<&str>| s.map(str::to_string);
        Ok(match field {
            "text" => owned(Some(r.text())),
            "doc_type" => owned(Some(r.doc_type())),
            "number" => owned(Some(r.number())),
            "type_code" => owned(r.type_code()),
            "issuer" => owned(r.issuer()),
            "issuer_name" => owned(r.issuer_name()),
            "date" => r.date().map(|d| d.iso()),
            _ => return Err(format!("not a case: no field {field:?}")),
        })
    })
}

#[test]
fn tolerant_spacing_and_slashes() {
    let refs = find_legal_refs(
        "Quyết định số 66/2011/QĐ TTg ngày 9/12/2011",
        &Context::new(),
    );
    assert_eq!(refs[0].date().unwrap().iso(), "2011-12-09");
}

#[test]
fn number_only_references_typed_from_the_code() {
    check_one(
        "Số: 12/2024/NQ-HĐND\nNGHỊ QUYẾT về việc",
        &[
            "text=Số: 12/2024/NQ-HĐND",
            "doc_type=Nghị quyết",
            "type_code=NQ",
            "issuer=HĐND",
        ],
    )
    .unwrap();
    let refs = find_legal_refs("Số: 7/2023/TT-BTC", &Context::new());
    assert_eq!(refs[0].doc_type(), "Thông tư");
    assert_eq!(refs[0].doc_type_span(), None);
}

/// A type written before the one found, which the symbol's code names, opens the reference.
#[test]
fn the_symbol_code_names_the_type_written_first() {
    let ctx = Context::new();
    let r = find_legal_refs(
        "Thực hiện Thông báo kết luận số 45/TB-VPCP ngày 1/3/2026.",
        &ctx,
    );
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].text(), "Thông báo kết luận số 45/TB-VPCP");
    assert_eq!(r[0].doc_type(), "Thông báo kết luận");
    // A type the code names is kept as it is.
    let r = find_legal_refs("theo Kết luận số 14-KL/TW của Bộ Chính trị", &ctx);
    assert_eq!(r[0].doc_type(), "Kết luận");
}
