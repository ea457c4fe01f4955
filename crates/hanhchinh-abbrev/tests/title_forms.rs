//! Titles as pages write them: ending in a unit name or type word, long titles kept whole,
//! units continued after a dash, terms, lists of names sharing a plural title, posts gained by
//! an appointment. Every example is invented.
#![cfg(test)]

use hanhchinh_abbrev::{Context, Designation, Lexicon, ProvinceKind};
use hanhchinh_text::Doc;

/// The designation of `name` in `text` (province context), and the expanded titles.
fn titles_of(text: &str, name: &str) -> Vec<String> {
    let (d, _) = designate(text, name, |d| {
        d.titles.iter().map(|t| t.expanded().to_string()).collect()
    });
    d
}

fn designate<T>(text: &str, name: &str, f: impl Fn(&Designation<'_, '_>) -> T) -> (T, usize) {
    let doc = Doc::new(text);
    let ctx = Context::new().province_kind(ProvinceKind::Province);
    let lex = Lexicon::builtin();
    let mentions = lex.find_in_doc(&doc, &ctx);
    let s = text
        .find(name)
        .unwrap_or_else(|| panic!("{name} not in {text}"));
    let r = doc.tokens_in(s..s + name.len());
    let d = lex.designation_in_doc(&doc, r.clone(), &mentions);
    (f(&d), r.start)
}

#[test]
fn titles_end_in_a_unit_name_or_type_word() {
    assert_eq!(
        titles_of(
            "ông Lê Văn Sáu, Chủ tịch Ủy ban nhân dân đặc khu Vân Đồn cho biết",
            "Lê Văn Sáu"
        ),
        ["Chủ tịch Ủy ban nhân dân đặc khu Vân Đồn"]
    );
    // `TP` after an organ is the type word; `TP.HCM` the city.
    assert_eq!(
        titles_of(
            "bà Đỗ Thị Mai, Phó Chủ tịch UBND TP.HCM, phát biểu",
            "Đỗ Thị Mai"
        ),
        ["Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh"]
    );
    assert_eq!(
        titles_of(
            "ông Hà Văn Kỳ, Chủ tịch HĐND TP Móng Cái, dự họp",
            "Hà Văn Kỳ"
        ),
        ["Chủ tịch Hội đồng nhân dân Thành phố Móng Cái"]
    );
    // A hyphenated place name, and a place whose second word is also a modifier (`Nguyên`).
    assert_eq!(
        titles_of(
            "bà Vũ Thị Lan, nguyên Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu, tặng hoa",
            "Vũ Thị Lan"
        ),
        ["nguyên Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu"]
    );
    assert_eq!(
        titles_of(
            "ông Cao Văn Bảy, Bí thư Tỉnh ủy Thái Nguyên.",
            "Cao Văn Bảy"
        ),
        ["Bí thư Tỉnh ủy Thái Nguyên"]
    );
    // The run of capitalised words holds the title's place and the name.
    let text = "Chủ tịch UBND đặc khu Cồn Cỏ Nguyễn Văn Bình phát biểu";
    let doc = Doc::new(text);
    let lex = Lexicon::builtin();
    let mentions = lex.find_in_doc(&doc, &Context::new());
    let run = doc.tokens_in(text.find("Cồn").unwrap()..text.find(" phát").unwrap());
    let k = lex.name_after_title(&doc, run.clone(), &mentions).unwrap();
    assert_eq!(doc.slice(k..run.end), "Nguyễn Văn Bình");
    assert_eq!(
        titles_of(text, "Nguyễn Văn Bình"),
        ["Chủ tịch Ủy ban nhân dân đặc khu Cồn Cỏ"]
    );
}

#[test]
fn long_titles_kept_whole() {
    assert_eq!(
        titles_of(
            "ông Trần Văn Tư, Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh dự",
            "Trần Văn Tư"
        ),
        ["Phó Bí thư Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"]
    );
    assert_eq!(
        titles_of(
            "bà Mai Thị Hồng, Chánh Văn phòng HĐND - UBND huyện, đọc báo cáo",
            "Mai Thị Hồng"
        ),
        ["Chánh Văn phòng Hội đồng nhân dân - Ủy ban nhân dân huyện"]
    );
    assert_eq!(
        titles_of(
            "ông Lục Văn Hậu, Chánh Văn phòng HĐND và UBND thị xã, dự",
            "Lục Văn Hậu"
        ),
        ["Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã"]
    );
    // A role after the conjunction is another title, not a second organ.
    assert_eq!(
        titles_of(
            "ông Lục Văn Hậu, Bí thư Huyện ủy và Chủ tịch UBND huyện Lâm, dự",
            "Lục Văn Hậu"
        ),
        ["Bí thư Huyện ủy"]
    );
    assert_eq!(
        titles_of(
            "ông Lý Văn Năm, Trưởng Phòng Nội vụ - LĐTBXH huyện, dự",
            "Lý Văn Năm"
        ),
        ["Trưởng Phòng Nội vụ - Lao động - Thương binh và Xã hội huyện"]
    );
    assert_eq!(
        titles_of(
            "ông Lò Văn Ba, Trưởng Phòng Tài chính - Kế hoạch thị xã, cho biết",
            "Lò Văn Ba"
        ),
        ["Trưởng Phòng Tài chính - Kế hoạch thị xã"]
    );
    assert_eq!(
        titles_of(
            "ông Hồ Văn Tám, Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh, dự",
            "Hồ Văn Tám"
        ),
        ["Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"]
    );
    assert_eq!(
        titles_of(
            "đồng chí Đinh Văn Sơn, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, dự",
            "Đinh Văn Sơn"
        ),
        ["Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng"]
    );
    assert_eq!(
        titles_of(
            "bà Kiều Thị Vân, Phó Chủ tịch Hội đồng Dân tộc của Quốc hội, phát biểu",
            "Kiều Thị Vân"
        ),
        ["Phó Chủ tịch Hội đồng Dân tộc của Quốc hội"]
    );
    assert_eq!(
        titles_of(
            "anh Tô Văn Hải, Phó Bí thư huyện Đoàn, trao quà",
            "Tô Văn Hải"
        ),
        ["Phó Bí thư huyện Đoàn"]
    );
    assert_eq!(
        titles_of(
            "ông Khổng Văn Tùng, Giám đốc Trung tâm Dự báo Khí tượng Thủy văn tỉnh, cho biết",
            "Khổng Văn Tùng"
        ),
        ["Giám đốc Trung tâm Dự báo Khí tượng Thủy văn tỉnh"]
    );
    assert_eq!(
        titles_of(
            "ông Phùng Văn Lực, Tổng Biên tập Báo Lạng Sơn, phát biểu",
            "Phùng Văn Lực"
        ),
        ["Tổng Biên tập Báo Lạng Sơn"]
    );
}

#[test]
fn terms_of_elected_bodies() {
    assert_eq!(
        titles_of(
            "ông Mạc Văn Tâm, Chủ tịch HĐND xã khóa VIII được bầu",
            "Mạc Văn Tâm"
        ),
        ["Chủ tịch Hội đồng nhân dân xã khóa VIII"]
    );
    let (terms, _) = designate(
        "ông Âu Văn Hòa, Đại biểu Quốc hội khoá XIV tỉnh Hà Giang, dự",
        "Âu Văn Hòa",
        |d| {
            d.titles
                .iter()
                .map(|t| (t.expanded().to_string(), t.term().map(str::to_string)))
                .collect::<Vec<_>>()
        },
    );
    assert_eq!(
        terms,
        [(
            "Đại biểu Quốc hội khoá XIV tỉnh Hà Giang".to_string(),
            Some("khoá XIV".to_string())
        )]
    );
}

#[test]
fn a_parenthesis_after_the_name_is_skipped() {
    assert_eq!(
        titles_of(
            "bổ nhiệm ông Nông Văn Lâm (sinh năm 1978), Phó Giám đốc Sở Xây dựng giữ chức",
            "Nông Văn Lâm"
        ),
        ["Phó Giám đốc Sở Xây dựng"]
    );
    // A title in the parenthesis is read there.
    assert_eq!(
        titles_of(
            "ông Nông Văn Lâm (Giám đốc Sở Xây dựng) cho biết",
            "Nông Văn Lâm"
        ),
        ["Giám đốc Sở Xây dựng"]
    );
}

#[test]
fn names_listed_after_a_plural_title_share_it() {
    let text = "Chủ tịch HĐND tỉnh Lê Văn Một và các Phó Chủ tịch HĐND tỉnh Lê Văn Hai, Lê Văn Ba và Lê Thị Bốn chủ trì";
    assert_eq!(
        titles_of(text, "Lê Văn Một"),
        ["Chủ tịch Hội đồng nhân dân tỉnh"]
    );
    for name in ["Lê Văn Hai", "Lê Văn Ba", "Lê Thị Bốn"] {
        assert_eq!(
            titles_of(text, name),
            ["Phó Chủ tịch Hội đồng nhân dân tỉnh"],
            "{name}"
        );
    }
    // Without a plural the title is the first name's only.
    let text = "Phó Chủ tịch HĐND tỉnh Lê Văn Hai, Lê Văn Ba cùng dự";
    assert!(titles_of(text, "Lê Văn Ba").is_empty());
}

#[test]
fn posts_gained_by_an_appointment_are_not_titles() {
    let text = "ông Dương Văn Mười, Bí thư Đảng ủy xã được bầu giữ chức Chủ tịch HĐND xã khóa X";
    let (got, _) = designate(text, "Dương Văn Mười", |d| {
        (
            d.titles
                .iter()
                .map(|t| t.expanded().to_string())
                .collect::<Vec<_>>(),
            d.gained
                .iter()
                .map(|t| t.expanded().to_string())
                .collect::<Vec<_>>(),
        )
    });
    assert_eq!(got.0, ["Bí thư Đảng ủy xã"]);
    assert_eq!(got.1, ["Chủ tịch Hội đồng nhân dân xã khóa X"]);
    for (text, post) in [
        (
            "bà Phan Thị Chín được bổ nhiệm làm Giám đốc Sở Y tế",
            "Giám đốc Sở Y tế",
        ),
        (
            "bầu ông Phan Văn Mười giữ chức vụ Phó Chủ tịch UBND huyện",
            "Phó Chủ tịch Ủy ban nhân dân huyện",
        ),
        (
            "ông Phan Văn Mười được chỉ định giữ chức Bí thư Đảng ủy phường",
            "Bí thư Đảng ủy phường",
        ),
    ] {
        let name = if text.contains("Chín") {
            "Phan Thị Chín"
        } else {
            "Phan Văn Mười"
        };
        let (got, _) = designate(text, name, |d| {
            (
                d.titles.len(),
                d.gained
                    .iter()
                    .map(|t| t.expanded().to_string())
                    .collect::<Vec<_>>(),
            )
        });
        assert_eq!(got, (0, vec![post.to_string()]), "{text}");
    }
}

#[test]
fn titles_in_tables_and_standing_deputies() {
    // A table cell or a caption: the title follows the name without a comma.
    assert_eq!(
        titles_of(
            "Đồng chí Lò Thị Sáu Ủy viên Ban Chấp hành Trung ương Đảng, Phó Chủ tịch Quốc hội |",
            "Lò Thị Sáu"
        ),
        [
            "Ủy viên Ban Chấp hành Trung ương Đảng",
            "Phó Chủ tịch Quốc hội"
        ]
    );
    // `Thường trực` between a head noun and the unit it belongs to.
    assert_eq!(
        titles_of(
            "Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh ủy Lào Cai Lê Văn Tư công bố",
            "Lê Văn Tư"
        ),
        ["Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh ủy Lào Cai"]
    );
    // `bầu cử` inside a unit's name is no appointment.
    assert_eq!(
        titles_of(
            "Chủ tịch HĐND, Chủ tịch Ủy ban bầu cử thành phố Đào Văn Năm cho biết",
            "Đào Văn Năm"
        ),
        [
            "Chủ tịch Hội đồng nhân dân",
            "Chủ tịch Ủy ban bầu cử thành phố"
        ]
    );
    // A capitalised word that starts no title after the name is not read.
    assert!(titles_of("ông Đào Văn Năm Hà Nội", "Đào Văn Năm").is_empty());
}
