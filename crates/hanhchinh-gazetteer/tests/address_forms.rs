//! Addresses as people write them (issue 12), one test per form. The unit names are the
//! tables'; house numbers, streets and hamlets are invented.

use hanhchinh_gazetteer::{Conversion, Era, Gazetteer, MatchKind, Resolution, Unanswered};

/// A date after every change the data records.
const TO: jiff::civil::Date = jiff::civil::date(2026, 10, 1);

fn conv<'g>(g: &'g Gazetteer, a: &str) -> Conversion<'g> {
    g.convert(a, TO)
}

fn old(g: &Gazetteer, a: &str) -> Option<String> {
    conv(g, a).resolution.unit().map(|u| u.code().to_string())
}

fn new_codes(c: &Conversion<'_>) -> Vec<String> {
    c.successors
        .iter()
        .map(|s| s.unit.code().to_string())
        .collect()
}

#[test]
fn house_numbers_streets_hamlets_and_groups_are_skipped() {
    let g = Gazetteer::default();
    for a in [
        "Số 17 ngõ 58 phố Trần Phú, phường Phúc Xá, quận Ba Đình, Hà Nội",
        "Số 17 ngõ 58 ngách 3 phố Trần Phú phường Phúc Xá quận Ba Đình Hà Nội",
        "45 Quang Trung, P. Phúc Xá, Q. Ba Đình, HN",
        "Tổ 9, phường Phúc Xá, quận Ba Đình, thành phố Hà Nội",
        "Tổ dân phố 4, phường Phúc Xá, quận Ba Đình, Hà Nội",
        "Nhà 12, hẻm 7 đường Hùng Vương, phường Phúc Xá, quận Ba Đình, Hà Nội",
        "so 3 ngo 21 pho tran phu, phuong phuc xa, quan ba dinh, ha noi",
    ] {
        assert_eq!(old(&g, a).as_deref(), Some("00001"), "{a}");
    }
    for a in [
        "Thôn Đông, xã An Khê, huyện Quỳnh Phụ, tỉnh Thái Bình",
        "Xóm 5, xã An Khê, huyện Quỳnh Phụ, Thái Bình",
        "Ấp Tây 2, xã An Khê, huyện Quỳnh Phụ, Thái Bình",
        "Khu phố 3, xã An Khê, huyện Quỳnh Phụ, Thái Bình",
    ] {
        assert_eq!(old(&g, a).as_deref(), Some("12475"), "{a}");
    }
    // A street named after a unit of the same address does not take its place.
    assert_eq!(
        old(
            &g,
            "Số 5 phố Lê Chân, phường Vĩnh Niệm, quận Lê Chân, Hải Phòng"
        )
        .as_deref(),
        Some("11407")
    );
    // A word of the list that is itself a unit's name is that unit (phường Đường Lâm).
    let c = conv(&g, "Đường Lâm, Sơn Tây, Hà Nội");
    assert_eq!(c.resolution.unit().unwrap().name(), "Đường Lâm");
}

#[test]
fn english_and_abbreviated_forms() {
    let g = Gazetteer::default();
    for a in [
        "Ward 12, Go Vap District, Ho Chi Minh City",
        "Ward 12, Gò Vấp District, HCMC",
        "12 Ward, Go Vap District, Ho Chi Minh City",
        "F.12, Q.Gò Vấp, TP.HCM",
        "F12, Q. Go Vap, TPHCM",
        "P12, Q.Gò Vấp, Tp.HCM",
        "Phuong 12, Quan Go Vap, HCMC",
    ] {
        assert_eq!(old(&g, a).as_deref(), Some("26881"), "{a}");
    }
    for a in [
        "Phuc Xa Ward, Ba Dinh District, Hanoi",
        "Phúc Xá Ward, Ba Đình District, Hà Nội City",
        "Phuc Xa Ward, Ba Dinh District, Ha Noi City",
    ] {
        assert_eq!(old(&g, a).as_deref(), Some("00001"), "{a}");
    }
    assert_eq!(
        old(&g, "An Khe Commune, Quynh Phu District, Thai Binh Province").as_deref(),
        Some("12475")
    );
    // Ward 7 of District 5 is a number: the numbered district, not a bare name.
    let c = conv(&g, "Ward 7, District 5, Ho Chi Minh City");
    let u = c.resolution.unit().unwrap();
    assert_eq!((u.name(), u.parent().unwrap().name()), ("7", "5"));
}

#[test]
fn two_part_addresses_are_read_after_the_reform_first() {
    let g = Gazetteer::default();
    // phường Ba Đình exists from 2025-07-01 (code 00004, phường Trúc Bạch before).
    let c = conv(&g, "phường Ba Đình, Hà Nội");
    assert_eq!(c.old_era(), Some(Era::PostReform));
    assert_eq!(new_codes(&c), ["00004"]);
    // xã Hưng Đạo of tỉnh Cao Bằng after the reform, not the one of thành phố Cao Bằng before.
    let c = conv(&g, "xã Hưng Đạo, Cao Bằng");
    assert_eq!(c.old_era(), Some(Era::PostReform));
    assert_eq!(new_codes(&c), ["01351"]);
    // A commune that only existed before: read before.
    let c = conv(&g, "phường Phúc Xá, Hà Nội");
    assert_eq!(c.old_era(), Some(Era::PreReform));
    // The same with its district: before the reform.
    let c = conv(&g, "xã Hưng Đạo, thành phố Cao Bằng, tỉnh Cao Bằng");
    assert_eq!(c.old_era(), Some(Era::PreReform));
    // A 2025 xã that became a phường in 2026 is followed to it.
    let c = conv(&g, "xã Trảng Bom, Đồng Nai");
    assert_eq!(c.successors[0].unit.full_name(), "Phường Trảng Bom");
}

#[test]
fn transpositions_and_misspellings_inside_the_parents() {
    let g = Gazetteer::default();
    for a in [
        // two letters swapped
        "phường Phcu Xá, quận Ba Đình, Hà Nội",
        "phuong phuc ax, quan ba dinh, ha noi",
        "Phường Hpúc Xá, Quận Ba Đình, Hà Nội",
        // one letter dropped, doubled or replaced
        "phường Phú Xá, quận Ba Đình, Hà Nội",
        "phuong phuc xaa, quan ba dinh, ha noi",
    ] {
        let c = conv(&g, a);
        let r = match &c.resolution {
            Resolution::Found(r) => *r,
            other => panic!("{a}: {other:?}"),
        };
        assert_eq!(r.unit.code(), "00001", "{a}");
        assert!(matches!(r.kind, MatchKind::Fuzzy { .. }), "{a}");
        assert!(c.score < 1.0 && c.score > 0.5, "{a}: {}", c.score);
    }
    // A misspelling that is exactly the name of a unit elsewhere, with its district and province
    // given: the unit of that district.
    assert_eq!(
        old(&g, "Phường Dư Hàng Kên, Quận Lê Chân, Hải Phòng").as_deref(),
        Some("11404")
    );
    assert_eq!(
        old(&g, "Xã Vĩnh Qunag, Huyện Vĩnh Lộc, Tỉnh Thanh Hóa").as_deref(),
        Some("15352")
    );
    // A folded name holding a word that reads as a type word (`quan`).
    assert_eq!(
        old(&g, "xa lnag quan, huyen yen son, tuyen quang").as_deref(),
        Some("02479")
    );
}

#[test]
fn renamed_and_abolished_units_are_followed_or_explained() {
    let g = Gazetteer::default();
    // Renamed (same code): phường Chương Dương Độ became phường Chương Dương in 2020.
    let c = conv(&g, "phường Chương Dương Độ, quận Hoàn Kiếm, Hà Nội");
    assert_eq!(c.resolution.unit().unwrap().code(), "00067");
    assert_eq!(c.via.len(), 1);
    assert_eq!(c.via[0].name(), "Chương Dương");
    assert_eq!(new_codes(&c), ["00097"]);
    assert_eq!(c.unanswered, None);
    // A renamed commune whose versions have a gap in the sources.
    let c = conv(&g, "Xã Thiệu Châu, Huyện Thiệu Hóa, Tỉnh Thanh Hóa");
    assert_eq!(new_codes(&c), ["15853"]);
    // Abolished in 2025 with the neighbours that changed that day all going to one new ward.
    let c = conv(&g, "Phường Đống Mác, Quận Hai Bà Trưng, Thành phố Hà Nội");
    assert_eq!(c.resolution.unit().unwrap().code(), "00265");
    assert_eq!(new_codes(&c), ["00292"]);
    assert!(!c.via.is_empty());
    assert!(c.successors[0]
        .notes
        .iter()
        .any(|n| n.starts_with("inferred")));
    // Abolished with no neighbour changed that day: the answer says the tables cannot tell.
    let c = conv(&g, "Phường Nguyễn Trung Trực, Quận Ba Đình, Hà Nội");
    assert_eq!(c.resolution.unit().unwrap().code(), "00010");
    assert!(c.successors.is_empty());
    let on = jiff::civil::date(2025, 1, 1);
    assert_eq!(c.unanswered, Some(Unanswered::AbsorberUnknown { on }));
    assert!(c.unanswered.unwrap().to_string().contains("2025-01-01"));
}

#[test]
fn non_addresses_and_damaged_lines_get_no_answer() {
    let g = Gazetteer::default();
    for a in [
        "",
        "zzqx 123",
        "Ph\u{FFFD}\u{FFFD}ng",
        "Ph\u{FFFD}\u{FFFD}ng V\u{FFFD}",
        "k\u{FFFD}Q[V.",
        "\u{FFFD}q5\u{FFFD}\u{FFFD}",
        "Hôm nay trời đẹp",
        "ng ph th",
    ] {
        let c = conv(&g, a);
        assert_eq!(c.resolution, Resolution::NotFound, "{a:?}");
        assert_eq!(c.unanswered, Some(Unanswered::NotAnAddress), "{a:?}");
    }
    // A damaged word does not spoil the rest of a good address.
    assert_eq!(
        old(&g, "Ph\u{FFFD}\u{FFFD}ng Phúc Xá, quận Ba Đình, Hà Nội").as_deref(),
        Some("00001")
    );
    // A long garbage line: an answer (none) without trouble.
    let long = "Ph\u{FFFD}ng xkq ".repeat(20_000);
    assert_eq!(conv(&g, &long).resolution, Resolution::NotFound);
}

#[test]
fn confidence_follows_the_evidence() {
    let g = Gazetteer::default();
    let full = conv(&g, "Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội").score;
    let folded = conv(&g, "phuong phuc xa, quan ba dinh, ha noi").score;
    let typo = conv(&g, "phường Phcu Xá, quận Ba Đình, Hà Nội").score;
    let contradicting = conv(&g, "Tỉnh Phúc Xá, quận Ba Đình, Hà Nội");
    assert!(full >= 0.99, "{full}");
    assert!(full > folded && full > typo, "{full} {folded} {typo}");
    assert_eq!(contradicting.resolution.unit().unwrap().code(), "00001");
    assert!(contradicting.score < full, "{}", contradicting.score);
    // A lone bare name is weaker than a typed one.
    assert!(conv(&g, "Phúc Xá").score < conv(&g, "phường Phúc Xá").score);
}

#[test]
fn a_district_successor_is_partial_unless_the_whole_district_went_there() {
    let g = Gazetteer::default();
    let c = conv(&g, "quận Ba Đình, Hà Nội");
    assert!(c.successors.len() > 1);
    assert!(c.successors.iter().all(|s| s.partial));
    assert!(c.successors.iter().any(|s| s.unit.name() == "Hồng Hà"));
    // One of the five districts without communes went whole to a special zone.
    let c = conv(&g, "huyện Côn Đảo, Bà Rịa - Vũng Tàu");
    assert_eq!(c.successors.len(), 1);
    assert!(!c.successors[0].partial);
}

#[test]
fn names_that_fold_alike_are_ambiguous_without_diacritics() {
    let g = Gazetteer::default();
    // phường Sa Pa and phường Sa Pả, both of thị xã Sa Pa: written without diacritics, either.
    let c = conv(&g, "phuong sa pa, thi xa sa pa, tinh lao cai");
    let names: Vec<&str> = c.resolution.candidates().iter().map(|u| u.name()).collect();
    assert_eq!(names, ["Sa Pa", "Sa Pả"]);
    assert_eq!(c.unanswered, Some(Unanswered::Ambiguous));
    // With diacritics, one.
    assert_eq!(
        old(&g, "phường Sa Pả, thị xã Sa Pa, tỉnh Lào Cai").as_deref(),
        Some("03002")
    );
}
