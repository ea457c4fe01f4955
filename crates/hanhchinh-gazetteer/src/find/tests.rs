//! Tests of unit finding on invented sentences (real unit names are data).

use hanhchinh_text::Doc;

use super::*;
use hanhchinh_text::vocab::ReformEra;

/// `(text, code or "?")` of every mention.
fn found(g: &Gazetteer, text: &str, opts: &FindOptions) -> Vec<(String, String)> {
    g.find_in_doc(&Doc::new(text), opts)
        .iter()
        .map(|m| {
            (
                m.text.to_string(),
                m.unit().map_or("?".to_string(), |u| u.code().to_string()),
            )
        })
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn by_line_is_not_a_place() {
    let g = Gazetteer::default();
    let text = "Nhiều tập thể được nhận Giấy khen của UBND quận.\n\nThái Bình\n\nTừ khóa:";
    assert!(g.find_in(text).is_empty());
    let text = "Đoàn công tác tỉnh Thái Bình và Sở Tài chính Thái Bình.";
    let m = g.find_in(text);
    assert_eq!(m.len(), 2);
    assert_eq!(m[1].text, "Thái Bình");
    assert_eq!(m[1].unit().unwrap().code(), "34");
    assert_eq!(m[1].evidence, Evidence::Repeated);
}

/// `xã` as the last syllable of `hợp tác xã` (a cooperative) and the first of `xã hội` opens no
/// commune.
#[test]
fn cooperatives_and_society_are_no_communes() {
    let g = Gazetteer::default();
    for text in [
        "Hợp tác xã Tân Phú có 120 thành viên.",
        "Giám đốc hợp tác xã Tân Phú cho biết.",
        "Các tổ chức chính trị - xã hội Tân Phú tham gia.",
    ] {
        assert!(g.find_in(text).is_empty(), "{text}");
    }
    assert_eq!(g.find_in("UBND xã Tân Phú họp.").len(), 1);
}

/// A one-syllable unit name followed by `Văn` or `Thị` and a given name is the surname of a
/// person (a title ends in the type word); a unit whose whole name holds the word is a unit.
#[test]
fn a_middle_name_after_a_one_syllable_name_makes_a_person() {
    let g = Gazetteer::default();
    let on_2024 = on("2024-05-06");
    assert_eq!(
        found(&g, "Chủ tịch UBND xã Phan Văn Dũng phát biểu.", &on_2024),
        []
    );
    assert_eq!(
        found(&g, "Chủ tịch UBND xã Phan Thị Lan phát biểu.", &on_2024),
        []
    );
    // The unit alone, or before a person's name that has no middle name of the two.
    assert_eq!(found(&g, "UBND xã Phan tổ chức họp.", &on_2024).len(), 1);
    assert_eq!(
        found(&g, "phường Hoàng Văn Thụ, thành phố Lạng Sơn", &on_2024),
        pairs(&[
            ("phường Hoàng Văn Thụ", "05971"),
            ("thành phố Lạng Sơn", "178")
        ])
    );
}

/// A numbered ward or district is no age, and a river after the word for its stream is no
/// province.
#[test]
fn ages_and_rivers_are_no_units() {
    let g = Gazetteer::default();
    let on_2020 = on("2020-01-01");
    assert_eq!(found(&g, "các em h. 15 tuổi, p. 14 tuổi", &on_2020), []);
    assert_eq!(found(&g, "nhà ở p. 14, Gò Vấp", &on_2020).len(), 2);
    assert_eq!(found(&g, "chúng tôi xuôi dòng Đồng Nai", &on_2020), []);
}

/// A bare district name after a preposition of place or a verb of motion, and the names
/// listed after it, is the one district of that name at the date.
#[test]
fn a_place_one_is_at_or_goes_to() {
    let g = Gazetteer::default();
    let on_2024 = on("2024-08-01");
    assert_eq!(
        found(
            &g,
            "Du khách đến Đà Lạt, Nha Trang và Sa Pa tăng mạnh.",
            &on_2024
        ),
        pairs(&[("Đà Lạt", "672"), ("Nha Trang", "568"), ("Sa Pa", "088")])
    );
    assert_eq!(
        found(&g, "Tại Hội An, lễ hội thu hút du khách.", &on_2024),
        pairs(&[("Hội An", "503")])
    );
    assert_eq!(
        found(&g, "Một quán cà phê ở Tân Bình tuyển người.", &on_2024),
        pairs(&[("Tân Bình", "766")])
    );
    // Without the cue, or for a name that several districts share, nothing.
    assert_eq!(found(&g, "Lễ hội Hội An thu hút du khách.", &on_2024), []);
    assert_eq!(found(&g, "Ông về Châu Thành thăm mẹ.", &on_2024), []);
}

/// A place spelt as the other era's official list spells it (`Mù Cang Chải`, `Đăk Tô`,
/// post-2025; the pre-2025 list writes `Mù Căng Chải`, `Đắk Tô`) is found under both spellings.
#[test]
fn spellings_of_the_other_list() {
    finds_on_2020(&[
        (
            "các xã của huyện Mù Cang Chải",
            &[("huyện Mù Cang Chải", "137")],
        ),
        (
            "các xã của huyện Mù Căng Chải",
            &[("huyện Mù Căng Chải", "137")],
        ),
        (
            "huyện Đăk Tô và huyện Nà Hang",
            &[("huyện Đăk Tô", "612"), ("huyện Nà Hang", "072")],
        ),
    ]);
}

/// A unit found under another parent than the one written right after it stays unresolved;
/// one under it (also through the unit it became) is found.
#[test]
fn the_parent_written_after_a_unit_must_hold_it() {
    finds_on_2020(&[
        (
            "Tại phường Hòa Hiệp, quận Liên Chiểu, thành phố Đà Nẵng",
            &[
                ("phường Hòa Hiệp", "?"),
                ("quận Liên Chiểu", "490"),
                ("thành phố Đà Nẵng", "48"),
            ],
        ),
        (
            "Từ huyện Tân Uyên (Bình Dương) xuôi dòng",
            &[("huyện Tân Uyên", "?"), ("Bình Dương", "74")],
        ),
        (
            "Tại phường Bến Nghé, quận 1, TP.HCM",
            &[
                ("phường Bến Nghé", "26740"),
                ("quận 1", "760"),
                ("TP.HCM", "79"),
            ],
        ),
        // The parent written is another version of the unit's parent: the districts of Thừa
        // Thiên Huế hang under the city of Huế (the same code, 46, from 2025-01-01), and a text
        // of 2020 writes the province.
        (
            "Huyện Phú Vang, tỉnh Thừa Thiên Huế có 14 xã.",
            &[("Huyện Phú Vang", "478"), ("tỉnh Thừa Thiên Huế", "46")],
        ),
    ]);
}

#[test]
fn the_parent_written_after_a_unit_decides_before_the_date() {
    let g = Gazetteer::default();
    // Ward 7 of District 3 was merged away in 2020; read on a later date, other wards 7 of
    // the city (valid then) would win but for the district written after it.
    assert_eq!(
        found(&g, "Phường 7, quận 3, TP.HCM", &on("2026-12-06")),
        pairs(&[("Phường 7", "27124"), ("quận 3", "770"), ("TP.HCM", "79")])
    );
}

#[test]
fn a_unit_outside_the_parent_written_after_it_is_flagged() {
    let g = Gazetteer::default();
    let m = g.find_in_doc(
        &Doc::new("Tại phường Hòa Hiệp, quận Liên Chiểu, thành phố Đà Nẵng"),
        &on("2020-01-01"),
    );
    let flags: Vec<bool> = m.iter().map(|m| m.outside_written_parent).collect();
    assert_eq!(flags, [true, false, false]);
    assert!(m[0].unit().is_none() && !m[0].resolution.candidates().is_empty());
}

/// Asserts, for each text read on 2020-01-01, the `(text, code)` of every mention found.
fn finds_on_2020(cases: &[(&str, &[(&str, &str)])]) {
    let g = Gazetteer::default();
    let opts = on("2020-01-01");
    for (text, want) in cases {
        assert_eq!(found(&g, text, &opts), pairs(want), "{text}");
    }
}

#[test]
fn a_province_name_after_a_place_noun_names_that_place() {
    finds_on_2020(&[
        // The river, the street, the station: not the province.
        ("Nước sông Đồng Nai lên cao.", &[]),
        ("Nhà ở đường Hà Nội, gần ga Hải Phòng.", &[]),
        // A verb or another noun between: the province.
        ("Đường lên Lâm Đồng rất đẹp.", &[("Lâm Đồng", "68")]),
        (
            "Công an Bình Dương cho biết như vậy.",
            &[("Bình Dương", "74")],
        ),
    ]);
}

#[test]
fn the_place_and_date_line_of_a_document_names_a_unit() {
    finds_on_2020(&[
        (
            "Thái Bình, ngày 05 tháng 01 năm 2020\nQUYẾT ĐỊNH",
            &[("Thái Bình", "34")],
        ),
        // Glued without its space, as scraped pages write it.
        (
            "NamTừ Liêm, ngày 5/6/2019. Hội nghị đã diễn ra.",
            &[("NamTừ Liêm", "019")],
        ),
        // Not at the start of a line: no evidence for a district.
        ("Về thăm Gia Lâm, ngày 3/3 vừa qua.", &[]),
    ]);
}

#[test]
fn a_direction_before_a_province_names_a_part_of_it() {
    finds_on_2020(&[
        ("Mưa lớn ở phía Bắc Khánh Hòa.", &[("Khánh Hòa", "56")]),
        ("Miền Tây Nghệ An có mưa to.", &[("Nghệ An", "40")]),
        ("Vùng Tây Bắc Thanh Hóa có lũ.", &[("Thanh Hóa", "38")]),
        // A unit whose name starts with a direction is that unit; a region is no unit.
        ("Nam Định có mưa.", &[("Nam Định", "36")]),
        ("Vùng Tây Nguyên và Bắc Trung Bộ.", &[]),
    ]);
}

#[test]
fn typed_forms() {
    let g = Gazetteer::default();
    let text = "Họp tại TP.HCM, Q.1 và Quận 3; QUẬN TÂY HỒ; thị xã An Khê (Gia Lai); Quận ủy Ba Đình; kinh tế - xã hội.";
    assert_eq!(
        found(&g, text, &FindOptions::new()),
        pairs(&[
            ("TP.HCM", "79"),
            ("Q.1", "760"),
            ("Quận 3", "770"),
            ("QUẬN TÂY HỒ", "003"),
            ("thị xã An Khê", "623"),
            ("Gia Lai", "64"),
            // `quận` without a name (`Quận ủy`): the text speaks of its district.
            ("Ba Đình", "001")
        ])
    );
    let text = "Đoàn công tác tỉnh Bà Rịa - Vũng Tàu và thành phố Phan Rang-Tháp Chàm.";
    assert_eq!(
        found(&g, text, &FindOptions::new()),
        pairs(&[
            ("tỉnh Bà Rịa - Vũng Tàu", "77"),
            ("thành phố Phan Rang-Tháp Chàm", "582")
        ])
    );
}

#[test]
fn find_in_is_find_in_doc() {
    let g = Gazetteer::default();
    let text = "UBND quận Tây Hồ làm việc với phường Phú Thượng; Tây Hồ và Hà Nội.";
    assert_eq!(
        g.find_in(text),
        g.find_in_doc(&Doc::new(text), &FindOptions::new())
    );
}

#[test]
fn district_of_the_text() {
    // The article speaks of its district by the type word alone (`của huyện`): the bare name
    // of the one district of that type is the district.
    let g = Gazetteer::default();
    let text = "Thành tích của huyện năm nay là động lực để Quỳnh Phụ phát triển.";
    let m = g.find_in(text);
    assert_eq!(m.len(), 1);
    assert_eq!(
        (m[0].text, m[0].evidence),
        ("Quỳnh Phụ", Evidence::DistrictOfText)
    );
    assert_eq!(m[0].unit().unwrap().code(), "338");
    // Not after a place noun, and not without the type word.
    assert!(g
        .find_in("Thành tích của huyện và trường Quỳnh Phụ.")
        .is_empty());
    assert!(g.find_in("Động lực để Quỳnh Phụ phát triển.").is_empty());
}

#[test]
fn source_tags() {
    let g = Gazetteer::default();
    let opts = FindOptions::new();
    let doc = Doc::new("(NTL) Sáng ngày 18/5, Quận ủy tổ chức hội nghị.");
    let m = g.find_in_doc(&doc, &opts);
    assert_eq!(
        g.source_tag(&doc, &m, &opts, Some(true)).unwrap().code(),
        "019"
    );
    // A province kind that no such district has; a tag that is not first.
    assert!(g.source_tag(&doc, &m, &opts, Some(false)).is_none());
    let doc = Doc::new("Tin (NTL) Sáng ngày 18/5.");
    assert!(g.source_tag(&doc, &[], &opts, None).is_none());
    // The document names the district in full: the tag adds nothing.
    let doc = Doc::new("(NTL) UBND quận Nam Từ Liêm họp.");
    let m = g.find_in_doc(&doc, &opts);
    assert!(g.source_tag(&doc, &m, &opts, None).is_none());
}

/// Options for a document of `date` (`YYYY-MM-DD`).
fn on(date: &str) -> FindOptions {
    FindOptions::new().as_of(date.parse().unwrap(), DateSource::Given)
}

/// `(text, evidence, code or "?")` of every mention.
fn found_ev(g: &Gazetteer, text: &str, opts: &FindOptions) -> Vec<(String, Evidence, String)> {
    g.find_in_doc(&Doc::new(text), opts)
        .iter()
        .map(|m| {
            (
                m.text.to_string(),
                m.evidence,
                m.unit().map_or("?".to_string(), |u| u.code().to_string()),
            )
        })
        .collect()
}

fn triples(v: &[(&str, Evidence, &str)]) -> Vec<(String, Evidence, String)> {
    v.iter()
        .map(|(a, e, b)| (a.to_string(), *e, b.to_string()))
        .collect()
}

#[test]
fn lists_take_the_type_of_their_head() {
    use Evidence::*;
    let g = Gazetteer::default();
    // A type word without a name, then `:`: the names listed after it are wards.
    let text = "Có 3 phường: Phúc Xá, Trúc Bạch và Vĩnh Phúc được khen thưởng.";
    assert_eq!(
        found_ev(&g, text, &on("2020-06-01")),
        triples(&[
            ("Phúc Xá", ListItem, "00001"),
            ("Trúc Bạch", ListItem, "00004"),
            ("Vĩnh Phúc", ListItem, "00006")
        ])
    );
    // After a typed unit: the same type (`Hòa Xuân` is a ward in Đà Nẵng and a commune in Đắk
    // Lắk: the list says commune).
    let text = "Nước rút chậm ở xã Hòa Thịnh, Hòa Xuân.";
    let m = found_ev(&g, text, &on("2025-11-01"));
    assert_eq!(
        m.get(1).map(|x| (x.1, x.2.as_str())),
        Some((ListItem, "22291"))
    );
    // Numbers continue a unit named by a number, and take its parent written after them.
    let text = "Cử tri phường 2 và 7, quận 3 đi bầu đông đủ.";
    assert_eq!(
        found_ev(&g, text, &on("2020-06-01")),
        triples(&[
            ("phường 2", Typed, "27157"),
            ("7", ListItem, "27124"),
            ("quận 3", Typed, "770")
        ])
    );
    // A type word coordinated with another names a kind of unit: the number counts people.
    assert!(g
        .find_in("Khối xã, phường 12 người, khối doanh nghiệp 3 người.")
        .is_empty());
}

#[test]
fn parents_and_children_beside_each_other() {
    use Evidence::*;
    let g = Gazetteer::default();
    let text = "Nhà văn hóa p.12, Gò Vấp mở cửa.";
    assert_eq!(
        found_ev(&g, text, &on("2020-06-01")),
        triples(&[
            ("p.12", Typed, "26881"),
            ("Gò Vấp", ParentOfNeighbour, "764")
        ])
    );
    let text = "Bà con bản Hua Trai (Mường La, Sơn La) đã thu hoạch.";
    assert_eq!(
        found_ev(&g, text, &on("2020-06-01")),
        triples(&[
            ("Mường La", ChildOfNeighbour, "120"),
            ("Sơn La", Province, "14")
        ])
    );
    // Back along a list to the parent in brackets, a misspelt name included.
    let text = "Du khách đến các đặc khu Cô Tô, Vân Đồng (Quảng Ninh) tăng.";
    assert_eq!(
        found_ev(&g, text, &on("2025-10-01")),
        triples(&[
            ("đặc khu Cô Tô", Typed, "07192"),
            ("Vân Đồng", ChildOfNeighbour, "06994"),
            ("Quảng Ninh", Province, "22")
        ])
    );
    // Undated, a commune named with its district and province is the one under both (the
    // commune of the same name that the reform put directly under the province has one cue).
    let text = "Cán bộ xã Tả Van (Sa Pa, Lào Cai) hướng dẫn du khách.";
    let got = found(&g, text, &FindOptions::default());
    assert_eq!(
        got.first(),
        Some(&("xã Tả Van".to_string(), "03040".to_string()))
    );
    assert_eq!(got.get(1), Some(&("Sa Pa".to_string(), "088".to_string())));
    // A village of the same name as its commune is a village.
    let text = "Ông sinh tại làng Thanh Mỹ, huyện Châu Thành, tỉnh Trà Vinh.";
    assert!(g.find_in(text).iter().all(|m| m.text != "Thanh Mỹ"));
}

#[test]
fn enumerations_of_units_under_one_parent() {
    use Evidence::*;
    let g = Gazetteer::default();
    // Districts of one province, each with its figure.
    let text =
        "Năng suất cao ở Nông Cống (60 tạ/ha), Như Thanh (58 tạ/ha), Quảng Xương (61 tạ/ha).";
    assert_eq!(
        found_ev(&g, text, &on("2024-05-01")),
        triples(&[
            ("Nông Cống", Enumeration, "404"),
            ("Như Thanh", Enumeration, "403"),
            ("Quảng Xương", Enumeration, "406")
        ])
    );
    // Without a date too: only the districts of Thanh Hóa before 2025 cover the three names
    // (two are also communes after it).
    assert_eq!(found(&g, text, &FindOptions::new()).len(), 3);
    // Provinces listed with their figures: a one-syllable name among them is a province too.
    let text = "Thiệt hại về người: Quảng Trị 3, Huế 2 và Đà Nẵng 4.";
    let m = found_ev(&g, text, &on("2025-10-01"));
    assert_eq!(
        m.get(1).map(|x| (x.0.as_str(), x.1, x.2.as_str())),
        Some(("Huế", Enumeration, "46"))
    );
    // Streets named after persons are streets.
    let text = "Cấm xe trên đường Trần Phú, Lê Lợi, Ngô Quyền, Lý Thường Kiệt.";
    assert!(g.find_in_doc(&Doc::new(text), &on("2020-06-01")).is_empty());
}

#[test]
fn datelines_subjects_and_sentence_capitals() {
    use Evidence::*;
    let g = Gazetteer::default();
    let text = "08:05, 12/03/2023\n\nĐà Lạt: Khai mạc lễ hội hoa\nNội dung chương trình";
    assert_eq!(
        found_ev(&g, text, &on("2023-03-12")),
        triples(&[("Đà Lạt", Dateline, "672")])
    );
    let text = "Côn Đảo đã đón 10 nghìn lượt khách trong tháng.";
    assert_eq!(
        found_ev(&g, text, &on("2025-10-01")),
        triples(&[("Côn Đảo", Subject, "26732")])
    );
    // The capital of the first word of a sentence is the sentence's.
    let text = "Mưa lớn kéo dài. Tại Bình Phước, nhiều cây đổ.";
    assert_eq!(
        found_ev(&g, text, &on("2020-06-01")),
        triples(&[("Bình Phước", Province, "70")])
    );
}

#[test]
fn written_forms() {
    let g = Gazetteer::default();
    let text = "Người dân TPHCM đi bầu; văn phòng đặt tại tp.hcm.";
    assert_eq!(
        found(&g, text, &on("2025-10-01")),
        pairs(&[("TPHCM", "79"), ("tp.hcm", "79")])
    );
    // A first syllable typed in lower case.
    assert_eq!(
        found(&g, "Xã vân Du và xã Phù Ủng.", &on("2019-06-01")),
        pairs(&[("Xã vân Du", "12160"), ("xã Phù Ủng", "12145")])
    );
    // A misspelt province after `tỉnh`: within one edit, or without its diacritics.
    assert_eq!(
        found(
            &g,
            "Đoàn về tỉnh Quản Trị và tỉnh Lâm Đông.",
            &on("2025-08-01")
        ),
        pairs(&[("tỉnh Quản Trị", "44"), ("tỉnh Lâm Đông", "68")])
    );
    // Text written without any diacritics.
    let text = "Doan cong tac lam viec tai thi xa An Khe, tinh Gia Lai va huyen Quynh Phu.";
    assert_eq!(
        found(&g, text, &on("2020-06-01")),
        pairs(&[
            ("thi xa An Khe", "623"),
            ("tinh Gia Lai", "64"),
            ("huyen Quynh Phu", "338")
        ])
    );
}

#[test]
fn eras_per_mention() {
    let g = Gazetteer::default();
    // After the reform, `(cũ)` and `trên cơ sở hợp nhất` point to the units before it.
    let text = "Tỉnh Gia Lai được thành lập trên cơ sở hợp nhất tỉnh Gia Lai và tỉnh Bình Định.";
    let m = g.find_in_doc(&Doc::new(text), &on("2025-08-01"));
    let got: Vec<(&str, DateReason)> = m
        .iter()
        .map(|m| (m.unit().map_or("?", |u| u.code()), m.date_reason))
        .collect();
    let former = DateReason::Cue(ReformEra::Former);
    assert_eq!(
        got,
        [
            ("52", DateReason::Document(DateSource::Given)),
            ("64", former),
            ("52", former)
        ]
    );
    assert_eq!(m[1].date, Some(crate::LAST_PRE_REFORM));
    assert_eq!(
        found(&g, "tỉnh Gia Lai (cũ)", &on("2025-10-01")),
        pairs(&[("tỉnh Gia Lai", "64")])
    );
    assert_eq!(
        found(&g, "tỉnh Gia Lai", &on("2025-10-01")),
        pairs(&[("tỉnh Gia Lai", "52")])
    );
    // A document dated before the reform that plans it keeps its own units.
    let text = "Dự kiến sau sắp xếp, tỉnh Gia Lai có 135 xã.";
    assert_eq!(
        found(&g, text, &on("2025-04-01")),
        pairs(&[("tỉnh Gia Lai", "64")])
    );
    // Coordinated with a unit that exists only before the reform.
    let text = "Sau khi hai tỉnh Bình Định và Gia Lai hợp nhất, dân số tăng.";
    let m = g.find_in_doc(&Doc::new(text), &on("2025-09-01"));
    assert_eq!(m[1].unit().unwrap().code(), "64");
    assert_eq!(m[1].date_reason, DateReason::Coordinated);
    // No date and no cue: a name with several codes stays unresolved.
    let m = g.find_in("Xã Nghĩa Hành tổ chức đại hội.");
    assert!(m[0].unit().is_none() && m[0].resolution.candidates().len() > 1);
    assert_eq!(m[0].date_reason, DateReason::Undated);
}

#[test]
fn lineage_decides_between_new_units() {
    // Two communes are called Nghĩa Hành after the reform; the one formed from the communes
    // the sentence lists is the one in Nghệ An.
    let g = Gazetteer::default();
    let text =
        "Xã Nghĩa Hành được thành lập trên cơ sở sáp nhập các xã Phú Sơn, Tân Hương và Nghĩa Hành.";
    let m = g.find_in_doc(&Doc::new(text), &on("2025-08-01"));
    assert_eq!(m[0].unit().unwrap().code(), "17326");
    assert!(m[0].unit().unwrap().is_valid_on(crate::REFORM_2025));
    assert_eq!(m[3].text, "Nghĩa Hành");
    assert!(!m[3].unit().unwrap().is_valid_on(crate::REFORM_2025));
}

#[test]
fn one_line_documents_and_bylines() {
    let g = Gazetteer::default();
    // A document of one line that is a province's name is that province.
    assert_eq!(
        found(&g, "Đà Nẵng", &FindOptions::new()),
        pairs(&[("Đà Nẵng", "48")])
    );
    // Alone on the last line of a longer document, it is a by-line.
    assert!(g.find_in("Bản tin thời sự.\nĐà Nẵng").is_empty());
}

#[test]
fn the_nearest_cue_holds() {
    // `Sau sắp xếp` points the new commune after the reform; `trên cơ sở sáp nhập`, later in
    // the sentence, points the communes after it before the reform.
    let g = Gazetteer::default();
    let text =
        "Sau sắp xếp, xã Nghĩa Hành được thành lập trên cơ sở sáp nhập xã Phú Sơn và xã Tân Hương.";
    let m = g.find_in(text);
    let reasons: Vec<DateReason> = m.iter().map(|m| m.date_reason).collect();
    assert_eq!(
        reasons,
        [
            DateReason::Cue(ReformEra::New),
            DateReason::Cue(ReformEra::Former),
            DateReason::Cue(ReformEra::Former)
        ]
    );
    assert_eq!(m[0].unit().unwrap().code(), "17326");
    assert_eq!(m[1].date, Some(crate::LAST_PRE_REFORM));
}

#[test]
fn a_unit_under_its_former_type_is_the_same_unit() {
    let g = Gazetteer::default();
    // Xã Tân Phú (Đồng Nai, code 26116) became a ward on 2026-04-30 (units_2026_changes.tsv):
    // a text of December 2026 that still calls it a commune names it; the province, which
    // changed type the same day, keeps its current version when written bare.
    let text = "Công an xã Tân Phú (Đồng Nai) đã bắt giữ đối tượng.";
    assert_eq!(
        found(&g, text, &on("2026-12-01")),
        pairs(&[("xã Tân Phú", "26116"), ("Đồng Nai", "75")])
    );
    let m = g.find_in_doc(&Doc::new(text), &on("2026-12-01"));
    assert_eq!(
        m.iter()
            .filter_map(|m| m.unit().map(|u| u.unit_type()))
            .collect::<Vec<_>>(),
        [UnitType::Xa, UnitType::ThanhPhoTrungUong]
    );
    // Without a parent written: xã Trị An (Đồng Nai, 26170) became a ward on 2026-04-30, and
    // the communes of that name elsewhere ended in 2025.
    assert_eq!(
        found(&g, "Người dân xã Trị An phấn khởi.", &on("2026-12-01")),
        pairs(&[("xã Trị An", "26170")])
    );
    // A commune of that name in another province is no such unit.
    let other = "Công an xã Tân Phú (Lâm Đồng) đã bắt giữ đối tượng.";
    assert_eq!(found(&g, other, &on("2026-12-01"))[0].1, "?");
}
