//! Abbreviations as real pages write them: in pieces (`UV BTV`, `UB.MTTQ`, `UBMTTQ VN`), with a
//! look-alike or a dropped stroke (`HÐND` with U+00D0, `HDND`), spaced ampersands, the honorific
//! `Đ/c`, and the common abbreviations of the tables. Every example is invented. The cases that
//! are a text and its mentions are lines of `tests/cases/variants.tsv` and
//! `tests/cases/abbreviations_of_the_tables.tsv`.
#![cfg(test)]

use hanhchinh_abbrev::{find, split_titles, Category, Context, ProvinceKind};
use hanhchinh_cases::{self as cases, optional, Cases};

fn found(text: &str) -> Vec<(String, Option<String>)> {
    let ctx = Context::new().province_kind(ProvinceKind::Province);
    find(text, &ctx)
        .iter()
        .map(|m| (m.text().to_string(), m.expansion().map(str::to_string)))
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), Some(b.to_string())))
        .collect()
}

/// The cases of `tests/cases/variants.tsv`: exactly the mentions of each line are found.
#[test]
fn mentions_of_variants_tsv() {
    Cases::open(env!("CARGO_MANIFEST_DIR"), "variants.tsv").run(|columns| {
        let (text, mentions) = cases::items(columns, 2)?;
        let want: Vec<(String, Option<String>)> = mentions
            .iter()
            .map(|m| (m[0].to_string(), optional(m[1]).map(str::to_string)))
            .collect();
        cases::compare(found(text), want)
    });
}

/// The cases of `tests/cases/abbreviations_of_the_tables.tsv`: the mentions found in each text
/// include the one of its line.
#[test]
fn mentions_of_abbreviations_of_the_tables_tsv() {
    Cases::open(
        env!("CARGO_MANIFEST_DIR"),
        "abbreviations_of_the_tables.tsv",
    )
    .run(|columns| {
        let [text, written, expansion] = columns else {
            return Err("not a case: want `text, written, expansion`".into());
        };
        let got = found(text);
        let want = (written.to_string(), Some(expansion.to_string()));
        if got.contains(&want) {
            Ok(())
        } else {
            Err(format!("{want:?} is not among {got:?}"))
        }
    });
}

#[test]
fn listed_words_stay_apart() {
    // A line break joins nothing.
    assert_eq!(found("UV\nBTV"), pairs(&[("BTV", "Ban Thường vụ")]));
}

#[test]
fn look_alike_and_stroke_less_d() {
    // `Ð` (U+00D0) printed for `Đ` (U+0110), in a listed abbreviation and in a compound.
    assert_eq!(
        found("kỳ họp HÐND huyện"),
        pairs(&[("H\u{d0}ND", "Hội đồng nhân dân")])
    );
    assert_eq!(
        found("ông D - UVBTVÐU"),
        pairs(&[("UVBTV\u{d0}U", "Ủy viên Ban Thường vụ Đảng ủy")])
    );
}

#[test]
fn honorific_dc_anywhere_when_capitalised() {
    let ctx = Context::new();
    for text in [
        "Đ/c Lê Văn Hai phát biểu",
        "gồm 9 đồng chí (Đ/C), trong đó",
        "Đ/C Hà",
    ] {
        let m = find(text, &ctx);
        assert_eq!(m.len(), 1, "{text}");
        assert_eq!(m[0].category(), Category::Rank);
        assert_eq!(m[0].expansion(), Some("đồng chí"));
    }
    // Lower case is not an abbreviation mention (the scanner starts at capitals).
    assert!(find("đ/c Lê Văn Hai", &ctx).is_empty());
}

#[test]
fn dh_congress_or_university_by_its_neighbours() {
    let one = |text: &str| {
        let f = found(text);
        let m = f.iter().find(|(t, _)| t == "ĐH").unwrap();
        m.1.clone()
    };
    assert_eq!(one("ĐH Đảng bộ xã lần thứ V"), Some("Đại hội".into()));
    assert_eq!(one("sau ĐH đã bầu Bí thư"), Some("Đại hội".into()));
    assert_eq!(
        one("khai mạc ĐH nhiệm kỳ 2025-2030"),
        Some("Đại hội".into())
    );
    assert_eq!(one("sinh viên trường ĐH ở Huế"), Some("Đại học".into()));
    assert_eq!(one("giảng viên ĐH Bách khoa"), Some("Đại học".into()));
    assert_eq!(one("tốt nghiệp ĐH năm ngoái"), Some("Đại học".into()));
    // Nothing decides: both readings remain.
    let ctx = Context::new();
    let m = find("về ĐH này", &ctx);
    assert!(m[0].expansion().is_none());
    assert_eq!(m[0].candidates().len(), 2);
}

#[test]
fn a_joined_member_opens_its_title_chain() {
    let ctx = Context::new().province_kind(ProvinceKind::Province);
    let t: Vec<_> = split_titles("UV BTV Huyện ủy, Chủ tịch UBND huyện", &ctx)
        .iter()
        .map(|t| t.expanded().to_string())
        .collect();
    assert_eq!(
        t,
        [
            "Ủy viên Ban Thường vụ Huyện ủy",
            "Chủ tịch Ủy ban nhân dân huyện"
        ]
    );
    let t: Vec<_> = split_titles("UVTV Thị ủy, Trưởng Ban Dân vận", &ctx)
        .iter()
        .map(|t| t.expanded().to_string())
        .collect();
    assert_eq!(t, ["Ủy viên Thường vụ Thị ủy", "Trưởng Ban Dân vận"]);
}
