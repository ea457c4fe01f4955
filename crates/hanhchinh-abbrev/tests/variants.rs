//! Abbreviations as real pages write them: in pieces (`UV BTV`, `UB.MTTQ`, `UBMTTQ VN`), with a
//! look-alike or a dropped stroke (`HÐND` with U+00D0, `HDND`), spaced ampersands, the honorific
//! `Đ/c`, and the common abbreviations of the tables. Every example is invented.

use hanhchinh_abbrev::{find, split_titles, Category, Context, ProvinceKind};

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

#[test]
fn a_part_joins_the_next_piece_across_a_dot_or_a_space() {
    for (text, written, expansion) in [
        (
            "bà Lò Thị Hương, UV BTV Huyện ủy",
            "UV BTV",
            "Ủy viên Ban Thường vụ",
        ),
        (
            "ông Sầm Văn Đức - UV.BTV Đảng ủy",
            "UV.BTV",
            "Ủy viên Ban Thường vụ",
        ),
        ("là UV BCH Đảng bộ xã", "UV BCH", "Ủy viên Ban Chấp hành"),
        (
            "trụ sở UB.MTTQ phường",
            "UB.MTTQ",
            "Ủy ban Mặt trận Tổ quốc",
        ),
        (
            "Hội trường UB.MTTQVN thị trấn",
            "UB.MTTQVN",
            "Ủy ban Mặt trận Tổ quốc Việt Nam",
        ),
        (
            "ông A, UV BTV TU dự",
            "UV BTV TU",
            "Ủy viên Ban Thường vụ Tỉnh ủy",
        ),
        // Parts that are not listed together decompose (role-state + state organ).
        ("bà B, CT UBND xã", "CT UBND", "Chủ tịch Ủy ban nhân dân"),
        ("ông C - BT HU", "BT HU", "Bí thư Huyện ủy"),
    ] {
        assert_eq!(found(text), pairs(&[(written, expansion)]), "{text}");
    }
}

#[test]
fn vn_written_apart_joins_the_name_it_ends() {
    assert_eq!(
        found("Chủ tịch UBMTTQ VN huyện Yên Lạc"),
        pairs(&[("UBMTTQ VN", "Ủy ban Mặt trận Tổ quốc Việt Nam")])
    );
    assert_eq!(
        found("các tổ chức thành viên của MTTQ VN xã"),
        pairs(&[("MTTQ VN", "Mặt trận Tổ quốc Việt Nam")])
    );
}

#[test]
fn listed_words_stay_apart() {
    // Two abbreviations that stand alone are not joined, even when their join is listed.
    assert_eq!(
        found("UBND TP Vinh"),
        vec![
            ("UBND".to_string(), Some("Ủy ban nhân dân".to_string())),
            ("TP".to_string(), None),
        ]
    );
    assert_eq!(
        found("HĐND UBND xã"),
        pairs(&[("HĐND", "Hội đồng nhân dân"), ("UBND", "Ủy ban nhân dân")])
    );
    // A part with nothing it can join stays unread; a line break joins nothing.
    assert!(found("UV Nguyễn Văn A").is_empty());
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
    // `D` for `Đ` in abbreviations of four letters or more, not in shorter ones.
    assert_eq!(
        found("bầu đại biểu HDND xã"),
        pairs(&[("HDND", "Hội đồng nhân dân")])
    );
    assert_eq!(
        found("DBQH tiếp xúc cử tri"),
        pairs(&[("DBQH", "Đại biểu Quốc hội")])
    );
    assert!(found("200 VDV").is_empty());
}

#[test]
fn ampersand_with_spaces_and_hyphen_forms() {
    for (text, written) in [
        ("Sở NN & PTNT tỉnh", "NN & PTNT"),
        ("Sở NN&PTNT tỉnh", "NN&PTNT"),
        ("Sở NN-PTNT tỉnh", "NN-PTNT"),
        ("Bộ NNPTNT", "NNPTNT"),
    ] {
        assert_eq!(
            found(text),
            pairs(&[(written, "Nông nghiệp và Phát triển nông thôn")]),
            "{text}"
        );
    }
    assert_eq!(
        found("Phòng GD-ĐT huyện"),
        pairs(&[("GD-ĐT", "Giáo dục và Đào tạo")])
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
fn common_abbreviations_of_the_tables() {
    for (text, abbr, expansion) in [
        ("hộ DTTS thoát nghèo", "DTTS", "Dân tộc thiểu số"),
        ("còn 40 ĐVHC cấp xã", "ĐVHC", "Đơn vị hành chính"),
        ("giải quyết TTHC đúng hạn", "TTHC", "Thủ tục hành chính"),
        ("200 VĐV tham gia", "VĐV", "Vận động viên"),
        ("sản phẩm OCOP 3 sao", "OCOP", "Mỗi xã một sản phẩm"),
        (
            "Phòng LĐTBXH huyện",
            "LĐTBXH",
            "Lao động - Thương binh và Xã hội",
        ),
        ("vốn cho PTNT", "PTNT", "Phát triển nông thôn"),
        ("tiếp xúc của ĐBQH", "ĐBQH", "Đại biểu Quốc hội"),
        ("Hội nghị BCH Đảng bộ", "BCH", "Ban Chấp hành"),
        ("ông E - PCT UBND", "PCT", "Phó Chủ tịch"),
        ("ngành TDTT tỉnh", "TDTT", "Thể dục thể thao"),
        ("lực lượng CSGT", "CSGT", "Cảnh sát giao thông"),
        ("HĐXX tuyên án", "HĐXX", "Hội đồng xét xử"),
        ("150 DN đăng ký", "DN", "Doanh nghiệp"),
        ("BCĐ huyện họp", "BCĐ", "Ban Chỉ đạo"),
        (
            "Hội nghị BCH LĐBĐVN",
            "LĐBĐVN",
            "Liên đoàn Bóng đá Việt Nam",
        ),
        ("ông F - UVTV Đảng ủy", "UVTV", "Ủy viên Thường vụ"),
    ] {
        let f = found(text);
        assert!(
            f.contains(&(abbr.to_string(), Some(expansion.to_string()))),
            "{text}: {f:?}"
        );
    }
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

#[test]
fn the_programmes_of_digital_transformation_and_innovation() {
    assert_eq!(
        found("Đẩy mạnh CĐS, ĐMST trong công tác QLNN của tỉnh."),
        pairs(&[
            ("CĐS", "Chuyển đổi số"),
            ("ĐMST", "Đổi mới sáng tạo"),
            ("QLNN", "Quản lý nhà nước"),
        ])
    );
}
