//! Unit tests of the scanner: context, neighbours, token boundaries, chunking.

use super::*;
use crate::context::ProvinceKind;

fn found(text: &str, ctx: &Context) -> Vec<(String, Option<String>)> {
    find(text, ctx)
        .iter()
        .map(|m| (m.text().to_string(), m.expansion().map(str::to_string)))
        .collect()
}

fn one(text: &str, ctx: &Context) -> (String, Option<String>) {
    let f = found(text, ctx);
    assert_eq!(f.len(), 1, "{text}: {f:?}");
    f.into_iter().next().unwrap()
}

/// Asserts that one mention is found in `text`, expanded to `expansion`.
fn expands(text: &str, ctx: &Context, expansion: &str) {
    assert_eq!(one(text, ctx).1.as_deref(), Some(expansion), "{text}");
}

#[test]
fn chunked_find_equals_one_pass() {
    let ctx = Context::new()
        .province_kind(ProvinceKind::Province)
        .unit_name("Nam Từ Liêm");
    let piece = "(NTL) UB MTTQ, HĐND - UBND; đ/c A - UVBTVTU-Trưởng Ban; KT-XH, TP. HN tổng kết ";
    let mut text = String::new();
    // Pieces of varying length so that chunk borders fall everywhere.
    for i in 0..1800 {
        text.push_str(piece);
        text.push_str(&"x ".repeat(i % 7));
    }
    // Several pieces of 32 KiB.
    assert!(text.len() > 3 * 32 * 1024);
    let doc = Doc::new(&text);
    let one: Vec<_> = Lexicon::builtin()
        .find_in_doc(&doc, &ctx)
        .iter()
        .map(|m| (m.span(), m.expansion().map(str::to_string)))
        .collect();
    let chunked: Vec<_> = find(&text, &ctx)
        .iter()
        .map(|m| (m.span(), m.expansion().map(str::to_string)))
        .collect();
    assert_eq!(one.len(), chunked.len());
    assert!(one == chunked);
}

#[test]
fn tp_dot_is_the_city_tp_alone_is_undecided() {
    let ctx = Context::new();
    expands("tại TP. Hải Phòng", &ctx, "Thành phố");
    let f = found("TP.HCM", &ctx);
    assert_eq!(f[0].1.as_deref(), Some("Thành phố"));
    assert_eq!(f[1].1.as_deref(), Some("Hồ Chí Minh"));
    expands("công an TP trước đó", &ctx, "Thành phố");
    expands("hđnd TP thông qua", &ctx, "Thành phố");
    assert_eq!(found("về TP .HCM", &ctx)[0].1.as_deref(), Some("Thành phố"));
    let m = &find("ông A, TP Tổ chức", &ctx)[0];
    assert!(m.expansion().is_none());
    let conds: Vec<_> = m
        .candidates()
        .iter()
        .map(|c| (c.expansion(), c.condition()))
        .collect();
    assert_eq!(
        conds,
        [
            ("Trưởng phòng", Condition::Title),
            ("Thành phố", Condition::Place)
        ]
    );
}

#[test]
fn hn_by_neighbours() {
    let ctx = Context::new();
    expands("lan tỏa tại HN tổng kết phong trào", &ctx, "Hội nghị");
    expands("khai mạc HN", &ctx, "Hội nghị");
    expands("Thủ đô HN", &ctx, "Hà Nội");
    assert_eq!(one("ở HN có mưa", &ctx).1, None);
    assert_eq!(find("ở HN có mưa", &ctx)[0].candidates().len(), 2);
}

#[test]
fn province_kind_decides_tu_family() {
    let city = Context::new().province_kind(ProvinceKind::CentralCity);
    let prov = Context::new().province_kind(ProvinceKind::Province);
    expands("BTVTU", &city, "Ban Thường vụ Thành ủy");
    expands("BTVTU", &prov, "Ban Thường vụ Tỉnh ủy");
    expands("đ/c A - UVBTVTU", &prov, "Ủy viên Ban Thường vụ Tỉnh ủy");
    // A compound that is not listed, decomposed, with the condition of its TU part.
    let m = &find("A - UVBCHTU", &Context::new())[0];
    assert_eq!(m.origin(), Origin::Compound);
    assert_eq!(m.parts(), ["UV", "BCH", "TU"]);
    assert!(m.expansion().is_none());
    assert_eq!(m.candidates()[1].condition(), Condition::Province);
    expands("A - UVBCHTU", &prov, "Ủy viên Ban Chấp hành Tỉnh ủy");
}

#[test]
fn code_tokens_parts_but_not_document_symbols() {
    let ctx = Context::new();
    assert_eq!(
        found("UBND-HĐND phường", &ctx),
        [
            ("UBND".to_string(), Some("Ủy ban nhân dân".to_string())),
            ("HĐND".to_string(), Some("Hội đồng nhân dân".to_string()))
        ]
    );
    expands("phát triển KT-XH", &ctx, "Kinh tế - xã hội");
    assert!(found("Chỉ thị số 34-CT/TW và 1234/QĐ-UBND, COVID-19", &ctx).is_empty());
    // TW alone is an abbreviation.
    expands("các cơ quan của TW", &ctx, "Trung ương");
}

#[test]
fn case_and_boundaries() {
    let ctx = Context::new();
    // Inside words, lower case, unknown compounds: nothing.
    for s in [
        "HNP - Chiều 21/1",
        "Đài TT TH Huyện",
        "hđnd",
        "CAO",
        "UBNDX",
        "THPTs",
        "Trường",
    ] {
        assert!(found(s, &ctx).is_empty(), "{s}: {:?}", found(s, &ctx));
    }
    assert_eq!(one("UB MTTQ Việt Nam quận", &ctx).0, "UB MTTQ");
    expands("UB\u{a0}MTTQ quận", &ctx, "Ủy ban Mặt trận Tổ quốc");
    assert_eq!(one("Ủy ban MTTQ Việt Nam", &ctx).0, "MTTQ");
    expands("Hội LHPN xã", &ctx, "Hội Liên hiệp Phụ nữ");
    assert!(found("Hội nghị Hội Nông dân", &ctx).is_empty());
}

#[test]
fn ranks_and_source_tags() {
    let ctx = Context::new().unit_name("Nam Từ Liêm");
    let f = found("PGS.TS. Nguyễn Văn A; (NTL) Sáng nay; NTL", &ctx);
    assert_eq!(
        f,
        [
            ("PGS".to_string(), Some("Phó Giáo sư".to_string())),
            ("TS".to_string(), Some("Tiến sĩ".to_string())),
            ("NTL".to_string(), Some("Nam Từ Liêm".to_string())),
        ]
    );
    assert_eq!(find("(NTL)", &ctx)[0].category(), Category::SourceTag);
    expands("ThS Lê Văn B", &ctx, "Thạc sĩ");
    assert!(found("Thứ bảy, CN, ngày lễ", &ctx).is_empty());
    assert!(found("(NTL)", &Context::new()).is_empty());
}
