//! Administrative units through the facade, on sentences written for the purpose.
#![cfg(test)]

use hanhchinh::{Analyzer, Date, EntityKind, KindSet};

/// `(text, code, province)` of every unit of `text`, read on `date`.
fn units(text: &str, date: Date) -> Vec<(String, Option<String>, Option<String>)> {
    let a = Analyzer::builder()
        .kinds(KindSet::empty().with(EntityKind::AdminUnit))
        .reference_date(date)
        .build();
    a.analyze(text)
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
