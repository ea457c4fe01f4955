//! Legal references: the three of the gold set (`tests/data/dev_abbrev.jsonl`, copied from
//! `shared/eval/dev.jsonl`), no false positive in its other cases, and the shapes of the issue.
#![cfg(test)]

use hanhchinh_abbrev::{find_legal_refs, Context};
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
fn unnumbered_mentions_are_not_references() {
    let ctx = Context::new();
    for s in [
        "Nghị quyết Trung ương 4 (khóa XIII)",
        "Luật thi đua khen thưởng và các văn bản hướng dẫn",
        "các Nghị quyết liên tịch đã triển khai",
        "Nghị quyết của HĐND quận tại kỳ họp thứ 4",
        "Kế hoạch 2023 của quận",
        "báo cáo 12 tháng",
        "quyết định 5 vấn đề",
    ] {
        assert!(find_legal_refs(s, &ctx).is_empty(), "{s}");
    }
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

/// (text, doc_type, number, type_code, issuer, issuer_name) of the one reference found.
fn one(
    s: &str,
) -> (
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
) {
    let refs = find_legal_refs(s, &Context::new());
    assert_eq!(refs.len(), 1, "{s}: {refs:?}");
    let r = &refs[0];
    assert_eq!(&s[r.span()], r.text());
    (
        r.text().to_string(),
        r.doc_type().to_string(),
        r.number().to_string(),
        r.type_code().map(str::to_string),
        r.issuer().map(str::to_string),
        r.issuer_name().map(str::to_string),
    )
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn issuer_codes_in_any_letter_case() {
    let r = one("tại Quyết định số 208/QĐ-TTg, Thủ tướng giao");
    assert_eq!(r.0, "Quyết định số 208/QĐ-TTg");
    assert_eq!(
        (r.3, r.4, r.5),
        (some("QĐ"), some("TTg"), some("Thủ tướng Chính phủ"))
    );
    // Without `số`, a four-digit number that opens a symbol is no bare year.
    let r = one("tại Quyết định 1719/QĐ-TTg, Thủ tướng giao");
    assert_eq!(r.0, "Quyết định 1719/QĐ-TTg");
    assert_eq!((r.3, r.4), (some("QĐ"), some("TTg")));
    let r = one("theo Tờ trình số 77/TTr-UBND của huyện");
    assert_eq!((r.3, r.4), (some("TTr"), some("UBND")));
    let r = one("Quyết định số 9/2021/qđ-ubnd ngày 2/3/2021");
    assert_eq!(
        (r.2, r.3, r.4, r.5),
        (
            "9".into(),
            some("qđ"),
            some("ubnd"),
            some("Ủy ban nhân dân")
        )
    );
    let r = one("Công điện số 5/CĐ-TTg về phòng chống bão");
    assert_eq!((r.1, r.4), ("Công điện".into(), some("TTg")));
}

#[test]
fn a_letter_after_the_number() {
    let r = one("Quyết định số 215a/QĐ-UBND của xã");
    assert_eq!(r.0, "Quyết định số 215a/QĐ-UBND");
    assert_eq!((r.2, r.4), ("215a".into(), some("UBND")));
}

#[test]
fn tolerant_spacing_and_slashes() {
    let r = one("Thông tư số 07/2019/TT- BTC hướng dẫn");
    assert_eq!(
        (r.0.as_str(), r.3, r.4),
        ("Thông tư số 07/2019/TT- BTC", some("TT"), some("BTC"))
    );
    let r = one("Thông tư liên tịch số 03/2016/TTLT/BTC-BNN quy định");
    assert_eq!((r.3, r.4, r.5), (some("TTLT"), some("BTC-BNN"), None));
    let r = one("Quyết định số 66/2011/QĐ TTg ngày 9/12/2011 của Thủ tướng");
    assert_eq!(r.0, "Quyết định số 66/2011/QĐ TTg");
    assert_eq!((r.3, r.4), (some("QĐ"), some("TTg")));
    let refs = find_legal_refs(
        "Quyết định số 66/2011/QĐ TTg ngày 9/12/2011",
        &Context::new(),
    );
    assert_eq!(refs[0].date().unwrap().iso(), "2011-12-09");
    let r = one("Quyết định số 1234 /QĐ-UBND ngày 1/1/2020");
    assert_eq!((r.2, r.3, r.4), ("1234".into(), some("QĐ"), some("UBND")));
}

#[test]
fn number_only_references_typed_from_the_code() {
    let r = one("Số: 12/2024/NQ-HĐND\nNGHỊ QUYẾT về việc");
    assert_eq!(
        (r.0.as_str(), r.1.as_str()),
        ("Số: 12/2024/NQ-HĐND", "Nghị quyết")
    );
    assert_eq!((r.3, r.4), (some("NQ"), some("HĐND")));
    let r = one("căn cứ Luật Tổ chức chính quyền địa phương; số 99/2025/NĐ-CP quy định");
    assert_eq!(
        (r.0.as_str(), r.1.as_str()),
        ("số 99/2025/NĐ-CP", "Nghị định")
    );
    // Party style: Thông tri, not Thông tư.
    let r = one("số 05-TT/TW của Ban Bí thư");
    assert_eq!(r.1, "Thông tri");
    let refs = find_legal_refs("Số: 7/2023/TT-BTC", &Context::new());
    assert_eq!(refs[0].doc_type(), "Thông tư");
    assert_eq!(refs[0].doc_type_span(), None);
    // Without a type code there is no type to read: no reference.
    for s in [
        "nhà số 12",
        "số 123/UBND-VP",
        "số 5 ngõ 3",
        "tăng số 15/2020 lên",
    ] {
        assert!(find_legal_refs(s, &Context::new()).is_empty(), "{s}");
    }
}

#[test]
fn law_names_between_luat_and_so() {
    let r = one("theo Luật Đất đai số 31/2024/QH15, người dân");
    assert_eq!(r.0, "Luật Đất đai số 31/2024/QH15");
    assert_eq!(
        (r.1.as_str(), r.2.as_str(), r.4, r.5),
        ("Luật", "31", some("QH15"), some("Quốc hội"))
    );
    let r = one("Bộ luật Lao động số 45/2019/QH14 có hiệu lực");
    assert_eq!(
        (r.0.as_str(), r.1.as_str()),
        ("Bộ luật Lao động số 45/2019/QH14", "Bộ luật")
    );
    let r = one("Luật Thi đua, khen thưởng số 06/2022/QH15");
    assert_eq!(r.0, "Luật Thi đua, khen thưởng số 06/2022/QH15");
    let r = one("Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14");
    assert_eq!(r.1, "Pháp lệnh");
    // A lawyer's office and a law's number without an issuer are no references.
    for s in ["Văn phòng Luật sư số 3/2020/AB", "Luật Đất đai số 5 trang"] {
        assert!(find_legal_refs(s, &Context::new()).is_empty(), "{s}");
    }
}

#[test]
fn more_document_types_and_number_only() {
    let r = one("thực hiện Chương trình hành động số 18-CTr/TU của Tỉnh ủy");
    assert_eq!(
        (r.1.as_str(), r.3, r.4),
        ("Chương trình hành động", some("CTr"), some("TU"))
    );
    let r = one("theo văn bản số 1502/UBND-KT ngày 3/8/2022");
    assert_eq!((r.1.as_str(), r.4), ("văn bản", some("UBND-KT")));
    let r = one("ban hành Quyết định số 52 về việc thành lập");
    assert_eq!(
        (r.0.as_str(), r.2.as_str(), r.4),
        ("Quyết định số 52", "52", None)
    );
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
