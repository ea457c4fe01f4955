//! Addresses as people write them (issue 12), one test per form; the addresses checked for the
//! unit they name (or for no answer) alone are the cases of `tests/cases/address_forms.tsv`. The
//! unit names are the tables'; house numbers, streets and hamlets are invented.

use hanhchinh_cases::{compare, Cases};
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

/// Every case of `tests/cases/address_forms.tsv` (its header says what the columns mean): house
/// numbers, streets, hamlets and groups skipped, English and abbreviated forms, transpositions
/// and misspellings inside the parents, non-addresses and damaged lines.
#[test]
fn the_cases_of_address_forms_tsv() {
    let g = Gazetteer::default();
    Cases::open(env!("CARGO_MANIFEST_DIR"), "address_forms.tsv").run(|columns| {
        let [a, code] = columns else {
            return Err("not a case: want `address, code`".into());
        };
        let c = conv(&g, a);
        if *code == "-" {
            compare(&c.resolution, &Resolution::NotFound)?;
            return compare(c.unanswered, Some(Unanswered::NotAnAddress));
        }
        let (code, fuzzy) = match code.strip_prefix('~') {
            Some(code) => (code, true),
            None => (*code, false),
        };
        compare(c.resolution.unit().map(|u| u.code()), Some(code))?;
        if fuzzy {
            let kind = match &c.resolution {
                Resolution::Found(r) => r.kind,
                other => return Err(format!("want a fuzzy match, got {other:?}")),
            };
            if !matches!(kind, MatchKind::Fuzzy { .. }) {
                return Err(format!("want a fuzzy match, got {kind:?}"));
            }
            if !(c.score < 1.0 && c.score > 0.5) {
                return Err(format!("want a score in (0.5, 1), got {}", c.score));
            }
        }
        Ok(())
    });
}

#[test]
fn a_word_of_the_list_that_is_a_unit_name_is_that_unit() {
    let g = Gazetteer::default();
    // A word of the list that is itself a unit's name is that unit (phường Đường Lâm).
    let c = conv(&g, "Đường Lâm, Sơn Tây, Hà Nội");
    assert_eq!(c.resolution.unit().unwrap().name(), "Đường Lâm");
}

#[test]
fn a_numbered_ward_of_a_numbered_district_in_english() {
    let g = Gazetteer::default();
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

/// Non-addresses and damaged lines get no answer (the cases: `tests/cases/address_forms.tsv`).
#[test]
fn a_long_garbage_line_gets_no_answer() {
    let g = Gazetteer::default();
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
