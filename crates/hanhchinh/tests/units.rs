//! Administrative units through the facade, on sentences written for the purpose.
#![cfg(test)]

use hanhchinh::{Analyzer, Date, EntityKind, KindSet};

/// `(text, code, province)` of every unit of `text`, read on `date`.
fn units(text: &str, date: Date) -> Vec<(String, Option<String>, Option<String>)> {
    units_read(text, Some(date))
}

/// `(text, code, province)` of every unit of `text`, read on `date` if given (only admin units
/// wanted: the dates written in the text are read all the same).
fn units_read(text: &str, date: Option<Date>) -> Vec<(String, Option<String>, Option<String>)> {
    let mut b = Analyzer::builder().kinds(KindSet::empty().with(EntityKind::AdminUnit));
    if let Some(d) = date {
        b = b.reference_date(d);
    }
    b.build()
        .analyze(text)
        .entities()
        .iter()
        .filter_map(|e| {
            let u = e.fields().admin_unit()?;
            Some((
                e.text().to_string(),
                u.code.as_ref().map(ToString::to_string),
                u.province.clone(),
            ))
        })
        .collect()
}

#[test]
fn a_unit_outside_the_parent_written_after_it_has_no_province() {
    let got = units(
        "Tại phường Hòa Hiệp, quận Liên Chiểu, thành phố Đà Nẵng",
        Date::constant(2020, 1, 1),
    );
    assert_eq!(got[0], ("phường Hòa Hiệp".to_string(), None, None));
    assert_eq!(got[1].1.as_deref(), Some("490"));
    let got = units(
        "Từ huyện Tân Uyên (Bình Dương) xuôi dòng",
        Date::constant(2020, 1, 1),
    );
    assert_eq!(got[0], ("huyện Tân Uyên".to_string(), None, None));
}

#[test]
fn the_province_is_named_as_it_was_on_the_date_read() {
    // Thừa Thiên Huế became the city of Huế on 2025-01-01; the thị xã Hương Thủy kept its
    // version across that date.
    let text = "Thị xã Hương Thủy phát triển mạnh.";
    let got = units(text, Date::constant(2019, 5, 1));
    assert_eq!(got[0].2.as_deref(), Some("Thừa Thiên Huế"));
    let got = units(text, Date::constant(2025, 3, 1));
    assert_eq!(got[0].2.as_deref(), Some("Huế"));
    // A unit read at a date before it existed keeps the province it was created in (codes
    // are reused: the new Tây Ninh has the former Long An's code, 80, which a lookup of the
    // province by code on that date would give).
    let got = units("phường Tân Ninh", Date::constant(2025, 4, 18));
    assert_eq!(got[0].1.as_deref(), Some("25459"));
    assert_eq!(got[0].2.as_deref(), Some("Tây Ninh"));
}

#[test]
fn the_numeral_of_a_unit_name_is_no_number() {
    let a = Analyzer::builder()
        .reference_date(Date::constant(2024, 5, 1))
        .build();
    let text = "Xã Quế Xuân 1 có 1.200 hộ dân, Chỉ thị số 34-CT/TW nêu rõ.";
    let analysis = a.analyze(text);
    let got: Vec<(EntityKind, &str)> = analysis
        .entities()
        .iter()
        .map(|e| (e.kind(), e.text()))
        .collect();
    assert_eq!(
        got,
        [
            (EntityKind::AdminUnit, "Xã Quế Xuân 1"),
            (EntityKind::Number, "1.200"),
            (EntityKind::LegalRef, "Chỉ thị số 34-CT/TW"),
        ]
    );
}

/// The official tables write some units `Hoà Bình` and others `Hòa Bình`: one name, so an
/// ambiguous `xã Hòa Bình` is still a unit (unresolved), written in the output's style.
#[test]
fn names_in_either_tone_style_are_one_name() {
    for text in ["Trụ sở tại xã Hòa Bình.", "Trụ sở tại xã Hoà Bình."] {
        let got = units(text, Date::constant(2024, 5, 1));
        let want_text = text.trim_start_matches("Trụ sở tại ").trim_end_matches('.');
        assert_eq!(got, [(want_text.to_string(), None, None)], "{text}");
    }
    let a = Analyzer::builder()
        .kinds(KindSet::empty().with(EntityKind::AdminUnit))
        .build();
    let analysis = a.analyze("Trụ sở tại xã Hoà Bình.");
    let unit = analysis
        .entities()
        .first()
        .and_then(|e| e.fields().admin_unit());
    assert_eq!(unit.map(|u| u.name.as_str()), Some("Hòa Bình"));
}

/// Candidates of different levels (`thành phố Huế`: the province from 2025, the district
/// before): an undated text reads the units valid on the gazetteer's latest date, a dated one
/// those of its date; the mention is never dropped.
#[test]
fn candidates_of_different_levels_are_read_on_the_date() {
    let text = "Trên địa bàn thành phố Huế có 40 phường, xã.";
    let undated = Analyzer::builder()
        .kinds(KindSet::empty().with(EntityKind::AdminUnit))
        .build();
    let analysis = undated.analyze(text);
    let unit = analysis
        .entities()
        .first()
        .and_then(|e| e.fields().admin_unit());
    assert_eq!(unit.map(|u| u.level), Some(hanhchinh::Level::Province));
    assert_eq!(unit.and_then(|u| u.province.as_deref()), Some("Huế"));
    let got = units(text, Date::constant(2020, 1, 1));
    assert_eq!(
        got,
        [(
            "thành phố Huế".to_string(),
            Some("474".to_string()),
            Some("Thừa Thiên Huế".to_string())
        )]
    );
}

#[test]
fn an_undated_text_reads_a_unit_at_the_dates_of_its_sentence() {
    // Communes of this name were in several provinces before the reform; after it, one.
    let text = "Thăm trường ở xã Nghĩa Trung nhân dịp Tết Nguyên đán năm 2026.";
    let got = units_read(text, None);
    assert_eq!(
        got[0],
        (
            "xã Nghĩa Trung".to_string(),
            Some("25417".to_string()),
            Some("Đồng Nai".to_string())
        )
    );
    // Without the year, or with the year the reform cuts in two, or in another sentence: no
    // date, and the name stays ambiguous.
    for text in [
        "Thăm trường ở xã Nghĩa Trung nhân dịp Tết Nguyên đán.",
        "Thăm trường ở xã Nghĩa Trung năm 2025.",
        "Năm 2026 có nhiều đổi mới. Thăm trường ở xã Nghĩa Trung.",
    ] {
        assert_eq!(units_read(text, None)[0].1, None, "{text}");
    }
    // A document's date holds over the sentence's.
    let got = units(text, Date::constant(2020, 1, 1));
    assert_ne!(got[0].1.as_deref(), Some("25417"));
}
