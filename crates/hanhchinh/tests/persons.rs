//! Person rules of the facade (see `src/person.rs`), on sentences written for the purpose.
#![cfg(test)]

use hanhchinh::{Analyzer, EntityKind, KindSet};

fn persons(text: &str) -> Vec<(String, Vec<String>)> {
    let a = Analyzer::builder()
        .kinds(KindSet::empty().with(EntityKind::Person))
        .build();
    a.analyze(text)
        .entities()
        .iter()
        .map(|e| (e.text().to_string(), e.titles().to_vec()))
        .collect()
}

/// Asserts that each text has one person, `name`, with the one title `title`.
fn one_title_each(cases: &[(&str, &str, &str)]) {
    for (text, name, title) in cases {
        assert_eq!(
            persons(text),
            [(name.to_string(), vec![title.to_string()])],
            "{text}"
        );
    }
}

#[test]
fn honorific_before_the_surname() {
    assert_eq!(
        persons("Ông Nguyễn Văn An, Chủ tịch UBND xã Tân Lập, cho biết."),
        [(
            "Nguyễn Văn An".to_string(),
            vec!["Chủ tịch Ủy ban nhân dân xã Tân Lập".to_string()]
        )]
    );
}

#[test]
fn titles_before_and_after() {
    let p = persons("Bí thư Quận ủy, Chủ tịch HĐND quận Trần Đức Hoạt ghi nhận.");
    assert_eq!(
        p[0].1,
        ["Bí thư Quận ủy", "Chủ tịch Hội đồng nhân dân quận"]
    );
    let p = persons("đồng chí Đinh Trọng Xá-TUV, Bí thư Huyện ủy; Tỉnh ủy Thái Bình");
    assert_eq!(p[0].1, ["Tỉnh ủy viên", "Bí thư Huyện ủy"]);
}

#[test]
fn a_title_reads_through_the_dot_of_an_abbreviated_place() {
    for text in [
        "Chủ tịch UBND TP.HCM Trần Văn Bình phát biểu.",
        "Chủ tịch UBND TP. HCM Trần Văn Bình phát biểu.",
    ] {
        assert_eq!(
            persons(text),
            [(
                "Trần Văn Bình".to_string(),
                vec!["Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh".to_string()]
            )],
            "{text}"
        );
    }
    // A sentence's full stop still ends the titles.
    assert_eq!(
        persons("Tôi gặp Chủ tịch UBND. Trần Văn Bình phát biểu."),
        [("Trần Văn Bình".to_string(), Vec::<String>::new())]
    );
}

#[test]
fn titles_of_hospitals_companies_newspapers_and_the_national_assembly() {
    one_title_each(&[
        (
            "Ông Lê Văn Hải, Giám đốc Bệnh viện đa khoa tỉnh, cho biết.",
            "Lê Văn Hải",
            "Giám đốc Bệnh viện đa khoa tỉnh",
        ),
        (
            "Bà Trần Thị Hoa, Tổng Biên tập Báo Quảng Ninh, phát biểu.",
            "Trần Thị Hoa",
            "Tổng Biên tập Báo Quảng Ninh",
        ),
        (
            "Trưởng đoàn đại biểu Quốc hội tỉnh Hoàng Thị Mai báo cáo.",
            "Hoàng Thị Mai",
            "Trưởng đoàn đại biểu Quốc hội tỉnh",
        ),
    ]);
    // A locative ends the title's organ: the place after it is no person.
    assert!(persons("ông là giám đốc công ty Trung Hữu ở vùng Dũng Khang").is_empty());
}

/// `xã hội` (society) inside the name of an organ is no commune: the title reads on.
#[test]
fn titles_read_through_xa_hoi() {
    one_title_each(&[
        (
            "Bà Trần Thị Bình, Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An, cho biết.",
            "Trần Thị Bình",
            "Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An",
        ),
        (
            "Ông Nguyễn Văn An, Viện trưởng Viện Khoa học xã hội vùng Nam Bộ, phát biểu.",
            "Nguyễn Văn An",
            "Viện trưởng Viện Khoa học xã hội vùng Nam Bộ",
        ),
    ]);
}

/// A unit's name may list its fields with commas, the last two joined by `và`; a comma
/// before a title or before a person's name still ends the title.
#[test]
fn organ_names_that_list_their_fields() {
    for (text, name, titles) in [
        (
            "Ông Nguyễn Văn Hùng, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Bình, cho biết.",
            "Nguyễn Văn Hùng",
            &["Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Bình"][..],
        ),
        (
            "Ông Lê Văn Tám, Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao huyện, phát biểu.",
            "Lê Văn Tám",
            &["Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao huyện"],
        ),
        // `nguyên` (former) inside a name is a syllable of it, not a modifier.
        (
            "Ông Lê Minh, Giám đốc Sở Tài nguyên và Môi trường tỉnh Nam Định, cho biết.",
            "Lê Minh",
            &["Giám đốc Sở Tài nguyên và Môi trường tỉnh Nam Định"],
        ),
        (
            "Ông Lê Minh, nguyên Giám đốc Sở Tài chính, cho biết.",
            "Lê Minh",
            &["nguyên Giám đốc Sở Tài chính"],
        ),
        (
            "Đồng chí Trần Văn Hà - Ủy viên Bộ Chính trị, Thường trực Ban Bí thư phát biểu.",
            "Trần Văn Hà",
            &["Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư"],
        ),
        // Long lower-case names read to their level word or comma; a verb still ends one.
        (
            "Ông Lê Minh, Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh, cho biết.",
            "Lê Minh",
            &["Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"],
        ),
        (
            "Ông Lê Minh, Trưởng Ban Quản lý các khu công nghiệp tỉnh, cho biết.",
            "Lê Minh",
            &["Trưởng Ban Quản lý các khu công nghiệp tỉnh"],
        ),
        (
            "Ông Lê Minh, Giám đốc Sở Y tế trình bày báo cáo.",
            "Lê Minh",
            &["Giám đốc Sở Y tế"],
        ),
        (
            "Ông Lê Văn Tám, Giám đốc Sở Y tế, Trưởng ban Chỉ đạo phòng chống dịch tỉnh, phát biểu.",
            "Lê Văn Tám",
            &["Giám đốc Sở Y tế", "Trưởng ban Chỉ đạo phòng chống dịch tỉnh"],
        ),
    ] {
        assert_eq!(persons(text), [(name.to_string(), titles.iter().map(|t| t.to_string()).collect())], "{text}");
    }
}

/// The name after a title whose body's name has a place noun inside a word (`Công nghệ`,
/// `Môi trường`, `Công an`) or ends in capitalised words (`Công Thương`) is a person's.
#[test]
fn names_after_bodies_with_place_nouns_inside_their_names() {
    one_title_each(&[
        (
            "Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Mạnh Hùng cho biết.",
            "Nguyễn Mạnh Hùng",
            "Bộ trưởng Bộ Khoa học và Công nghệ",
        ),
        (
            "Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh cho biết.",
            "Đặng Quốc Khánh",
            "Bộ trưởng Bộ Tài nguyên và Môi trường",
        ),
        (
            "Giám đốc Công an tỉnh Nguyễn Văn An cho biết.",
            "Nguyễn Văn An",
            "Giám đốc Công an tỉnh",
        ),
        (
            "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên cho biết.",
            "Nguyễn Hồng Diên",
            "Bộ trưởng Bộ Công Thương",
        ),
    ]);
    // A school or a park named after a person is still no person.
    assert!(persons("Hiệu trưởng Trường THPT Nguyễn Du cho biết.").is_empty());
    assert!(persons("Khu công nghiệp Nguyễn Văn Linh mở rộng.").is_empty());
}

/// Heads of departments, agencies, the central bank, army units and villages.
#[test]
fn roles_of_agencies_banks_armies_and_villages() {
    one_title_each(&[
        (
            "Ông Vũ Đức Thắng, Cục trưởng Cục Thuế tỉnh Bắc Ninh, cho biết.",
            "Vũ Đức Thắng",
            "Cục trưởng Cục Thuế tỉnh Bắc Ninh",
        ),
        (
            "Ông Phan Văn Mãi, Vụ trưởng Vụ Tổ chức cán bộ, công bố quyết định.",
            "Phan Văn Mãi",
            "Vụ trưởng Vụ Tổ chức cán bộ",
        ),
        (
            "Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng phát biểu.",
            "Nguyễn Thị Hồng",
            "Thống đốc Ngân hàng Nhà nước",
        ),
        (
            "Đại tá Trần Văn Tâm, Sư đoàn trưởng, báo cáo.",
            "Trần Văn Tâm",
            "Sư đoàn trưởng",
        ),
        (
            "Ông Lê Văn Minh, Giám đốc Bảo hiểm xã hội tỉnh, cho biết.",
            "Lê Văn Minh",
            "Giám đốc Bảo hiểm xã hội tỉnh",
        ),
        (
            "Ông Lê Văn Minh, Chủ tịch Liên minh Hợp tác xã tỉnh, cho biết.",
            "Lê Văn Minh",
            "Chủ tịch Liên minh Hợp tác xã tỉnh",
        ),
        (
            "Ông Lê Văn Minh, Hạt trưởng Hạt Kiểm lâm huyện, cho biết.",
            "Lê Văn Minh",
            "Hạt trưởng Hạt Kiểm lâm huyện",
        ),
        (
            "PGS Nguyễn Văn Điện, Hiệu trưởng Đại học Hoa Sen, cho biết.",
            "Nguyễn Văn Điện",
            "Hiệu trưởng Đại học Hoa Sen",
        ),
        (
            "Đại úy Trần Văn Bình, Đội trưởng Đội Cảnh sát giao thông, cho biết.",
            "Trần Văn Bình",
            "Đội trưởng Đội Cảnh sát giao thông",
        ),
        (
            "thuyền trưởng Trần Văn Đức nói.",
            "Trần Văn Đức",
            "thuyền trưởng",
        ),
        (
            "Ông Hà Văn Lực, Trưởng thôn, cho biết.",
            "Hà Văn Lực",
            "Trưởng thôn",
        ),
        (
            "Thiếu tướng Lê Quang Minh, Tư lệnh Quân khu 4, dự lễ.",
            "Lê Quang Minh",
            "Tư lệnh Quân khu 4",
        ),
        (
            "Trung tướng Phạm Văn Hai, Tư lệnh Quân chủng Hải quân, dự lễ.",
            "Phạm Văn Hai",
            "Tư lệnh Quân chủng Hải quân",
        ),
        (
            "Ông Lê Văn Bảy, Tổ trưởng tổ dân phố số 3, phường An Lạc, cho biết.",
            "Lê Văn Bảy",
            "Tổ trưởng tổ dân phố số 3",
        ),
        (
            "Ông Hà Văn Sơn, Bí thư Chi bộ thôn 5, xã Yên Sơn, cho biết.",
            "Hà Văn Sơn",
            "Bí thư Chi bộ thôn 5",
        ),
        (
            "Ông Bùi Văn Long, Phó Giám đốc phụ trách Sở Xây dựng, chủ trì.",
            "Bùi Văn Long",
            "Phó Giám đốc phụ trách Sở Xây dựng",
        ),
    ]);
}

/// `và` between two capitalised words continues a unit's name (`Sở Giáo dục và Đào tạo`),
/// but not when a rank or a degree follows it: that opens the next person.
#[test]
fn a_rank_after_va_opens_the_next_person() {
    assert_eq!(
        persons(
            "Ông Phạm Văn Hai, Giám đốc Sở Tư pháp và Thiếu tướng Trần Văn Ba, Phó Tư lệnh \
             Quân đoàn 12 dự lễ."
        ),
        [
            (
                "Phạm Văn Hai".to_string(),
                vec!["Giám đốc Sở Tư pháp".to_string()]
            ),
            (
                "Trần Văn Ba".to_string(),
                vec!["Phó Tư lệnh Quân đoàn 12".to_string()]
            ),
        ]
    );
    assert_eq!(
        persons("Giám đốc Sở Giáo dục và Đào tạo Nguyễn Văn An phát biểu."),
        [(
            "Nguyễn Văn An".to_string(),
            vec!["Giám đốc Sở Giáo dục và Đào tạo".to_string()]
        )]
    );
}

#[test]
fn names_of_places_and_institutions_are_not_persons() {
    for t in [
        "Dự án mở rộng đường Lê Lợi và phố Trần Hưng Đạo.",
        "Trường Tiểu học Nguyễn Du và Bệnh viện Bạch Mai.",
        "Công ty TNHH Hoàng Long đã nộp thuế.",
        "bàn giao dự án đến Ngã tư Tô Hiệu",
        "hàng xuất sang Thái Lan tăng",
        "tại thành phố Phan Thiết và Lâm Đồng",
    ] {
        assert!(persons(t).is_empty(), "{t}: {:?}", persons(t));
    }
}

#[test]
fn bylines() {
    // The last line of a text of several lines, when a name alone that starts with a surname.
    assert_eq!(
        persons("Hội nghị bế mạc lúc 11 giờ.\nTrần Hòa"),
        [("Trần Hòa".to_string(), vec![])]
    );
    assert!(persons("Hội nghị bế mạc lúc 11 giờ.\nHuy Kiên").is_empty());
    let p = persons("Tác giả: Hoài Thương - Mai Tăng - Đài TT TH Huyện");
    let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Hoài Thương", "Mai Tăng"]);
    // Page furniture in title case is no byline.
    assert!(persons("Tin tức\nTin Mới").is_empty());
    assert!(persons("Theo Báo Nhân Dân").is_empty());
}

#[test]
fn a_heading_or_a_place_alone_on_a_line_is_no_person() {
    for t in [
        "Kinh Tế",
        "Chính Trị",
        "Y Tế",
        "Ba Đình",
        "Đà Nẵng",
        "Hà Nội",
        "Thái Bình",
    ] {
        assert!(persons(t).is_empty(), "{t}: {:?}", persons(t));
        let page = format!("Hội nghị tổng kết năm.\n{t}");
        assert!(persons(&page).is_empty(), "{page}: {:?}", persons(&page));
    }
}

#[test]
fn names_that_titles_or_forms_of_address_introduce() {
    let p = persons("Bí thư Tỉnh ủy Quảng Trị Lê Ngọc Quang đề nghị các xã tăng tốc.");
    assert_eq!(
        p,
        [(
            "Lê Ngọc Quang".to_string(),
            vec!["Bí thư Tỉnh ủy Quảng Trị".to_string()]
        )]
    );
    let p = persons("Kết quả, ông Đồng Văn Tâm, Bí thư Đảng ủy xã, trúng cử.");
    assert_eq!(p[0].0, "Đồng Văn Tâm");
    let p = persons("Phó Chủ tịch UBND thành phố Hà Nội Nguyễn Văn Phúc phát biểu.");
    assert_eq!(p[0].0, "Nguyễn Văn Phúc");
}

#[test]
fn street_names_after_a_house_number_are_no_persons() {
    assert!(persons("Địa chỉ: số 24 Hà Văn Tuấn, phường 2").is_empty());
    assert!(persons("tòa nhà 70 Lê Văn Lương").is_empty());
}

#[test]
fn ho_chi_minh_with_and_without_title() {
    assert_eq!(
        persons("kỷ niệm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi"),
        [("Hồ Chí Minh".to_string(), vec!["Chủ tịch".to_string()])]
    );
    assert_eq!(
        persons("quán triệt tư tưởng Hồ Chí Minh về thi đua"),
        [("Hồ Chí Minh".to_string(), vec![])]
    );
}

/// Titles, names and expansions are written in NFC and in the analyzer's tone style, whatever
/// the input's form: decomposed text and the other tone placement give the same fields.
#[test]
fn fields_are_nfc_in_the_tone_style() {
    use hanhchinh::text::ToneStyle;
    let modern_nfc = "Ông Nguyễn Văn An, Phó Chủ tịch Uỷ ban nhân dân tỉnh Hoà Bình, cho biết.";
    // `ỷ` and `à` decomposed (NFD).
    let modern_nfd =
        "Ông Nguyễn Văn An, Phó Chủ tịch Uy\u{309} ban nhân dân tỉnh Hoa\u{300} Bình, cho biết.";
    let fields = |a: &Analyzer, t: &str| -> Vec<String> {
        a.analyze(t)
            .entities()
            .iter()
            .flat_map(|e| {
                let mut v = e.titles().to_vec();
                v.extend(e.fields().admin_unit().map(|u| u.name.clone()));
                v
            })
            .collect()
    };
    let traditional = Analyzer::default();
    let want = ["Phó Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình", "Hòa Bình"];
    assert_eq!(fields(&traditional, modern_nfc), want);
    assert_eq!(fields(&traditional, modern_nfd), want);
    let modern = Analyzer::builder().tone_style(ToneStyle::Modern).build();
    let want = ["Phó Chủ tịch Uỷ ban nhân dân tỉnh Hoà Bình", "Hoà Bình"];
    assert_eq!(fields(&modern, modern_nfd), want);
}

/// A numbered ward or village is part of the title, before the name or after it, and its
/// number is no house number.
#[test]
fn numbered_wards_and_villages_in_titles() {
    one_title_each(&[
        (
            "Chủ tịch UBND phường 12 Nguyễn Văn Hai phát biểu.",
            "Nguyễn Văn Hai",
            "Chủ tịch Ủy ban nhân dân phường 12",
        ),
        (
            "Ông Lê Văn Tư, Trưởng thôn 3 cho biết.",
            "Lê Văn Tư",
            "Trưởng thôn 3",
        ),
        (
            "Ông Giàng A Páo, Trưởng thôn Lếch Dao cho biết.",
            "Giàng A Páo",
            "Trưởng thôn Lếch Dao",
        ),
    ]);
}

/// `TUV` is a member of the committee of a province (Tỉnh ủy viên) or of a centrally-run city
/// (Thành ủy viên): Thừa Thiên Huế was a province until 2025-01-01, when its code became the
/// city of Huế's, so a 2020 text about it reads Tỉnh ủy viên.
#[test]
fn tuv_follows_the_kind_of_the_province_on_the_date() {
    let text = "Thừa Thiên Huế: Đồng chí Nguyễn Văn A, TUV, Bí thư Huyện ủy Phú Vang phát biểu.";
    let a = Analyzer::builder()
        .reference_date(hanhchinh::Date::constant(2020, 5, 1))
        .build();
    let analysis = a.analyze(text);
    let titles: Vec<&str> = analysis
        .entities()
        .iter()
        .filter(|e| e.kind() == EntityKind::Person)
        .flat_map(|e| e.titles().iter().map(String::as_str))
        .collect();
    assert_eq!(titles, ["Tỉnh ủy viên", "Bí thư Huyện ủy Phú Vang"]);
}

/// With no unit and no `quận`/`tỉnh` to tell, `TUV` is read in a province (58 provinces and 5
/// centrally-run cities before 2025, 28 and 6 after), in the title and as an abbreviation.
#[test]
fn tuv_with_nothing_to_tell_is_a_province_s() {
    let analysis =
        Analyzer::default().analyze("Ông Trần Văn Dũng - TUV, Bí thư Huyện ủy phát biểu.");
    let e = analysis.entities();
    let person = e.iter().find(|e| e.kind() == EntityKind::Person);
    assert_eq!(
        person.map(|p| p.titles().to_vec()),
        Some(vec![
            "Tỉnh ủy viên".to_string(),
            "Bí thư Huyện ủy".to_string()
        ])
    );
    let abbrev = e.iter().find(|e| e.kind() == EntityKind::Abbrev);
    assert_eq!(abbrev.and_then(|a| a.expansion()), Some("Tỉnh ủy viên"));
}

#[test]
fn religious_ranks_address_a_person() {
    for (text, name) in [
        (
            "Hòa thượng Thích Minh Tâm, trụ trì chùa Phúc Lâm, dự lễ.",
            "Thích Minh Tâm",
        ),
        ("Ni sư Thích Nữ Diệu Hạnh phát biểu.", "Thích Nữ Diệu Hạnh"),
        ("Thượng tọa Thích Quảng Đức về thăm.", "Thích Quảng Đức"),
        (
            "Linh mục Nguyễn Văn Bình chúc mừng bà con giáo xứ.",
            "Nguyễn Văn Bình",
        ),
    ] {
        let got = persons(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, name, "{text}");
    }
}
