//! Tests of unit finding on invented sentences (real unit names are data).

use hanhchinh_cases::Cases;
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

/// Every case of `tests/cases/find.tsv` (its header says what the columns mean): the mentions
/// found in a text read on a date, each with its code and, where the line gives them, the
/// evidence of each. Every failing case is reported, with its line.
#[test]
fn the_cases_of_find_tsv() {
    let g = Gazetteer::default();
    Cases::open(env!("CARGO_MANIFEST_DIR"), "find.tsv").run(|columns| {
        let [date, text, want] = columns else {
            return Err("not a case: want `date, text, mentions`".into());
        };
        let opts = match *date {
            "-" => FindOptions::new(),
            d => on(d),
        };
        let text = text.replace("\\n", "\n");
        let want: Vec<&str> = match *want {
            "-" => Vec::new(),
            w => w.split(" | ").collect(),
        };
        let evidence = want.iter().any(|m| m.ends_with(')'));
        if evidence && !want.iter().all(|m| m.ends_with(')')) {
            return Err("not a case: the evidence of some mentions only".into());
        }
        let got: Vec<String> = g
            .find_in_doc(&Doc::new(&text), &opts)
            .iter()
            .map(|m| {
                let code = m.unit().map_or("?", |u| u.code());
                if evidence {
                    format!("{} = {code} ({:?})", m.text, m.evidence)
                } else {
                    format!("{} = {code}", m.text)
                }
            })
            .collect();
        if got == want {
            Ok(())
        } else {
            Err(format!(
                "other mentions\n  found:    {}\n  expected: {}",
                got.join(" | "),
                want.join(" | ")
            ))
        }
    });
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
/// commune (the cases: `tests/cases/find.tsv`); `xã` before a name does.
#[test]
fn cooperatives_and_society_are_no_communes() {
    let g = Gazetteer::default();
    assert_eq!(g.find_in("UBND xã Tân Phú họp.").len(), 1);
}

/// A one-syllable unit name followed by `Văn` or `Thị` and a given name is the surname of a
/// person (the cases: `tests/cases/find.tsv`); the unit alone is a unit.
#[test]
fn a_middle_name_after_a_one_syllable_name_makes_a_person() {
    let g = Gazetteer::default();
    assert_eq!(
        found(&g, "UBND xã Phan tổ chức họp.", &on("2024-05-06")).len(),
        1
    );
}

/// A numbered ward or district is no age (the ages: `tests/cases/find.tsv`).
#[test]
fn ages_and_rivers_are_no_units() {
    let g = Gazetteer::default();
    assert_eq!(found(&g, "nhà ở p. 14, Gò Vấp", &on("2020-01-01")).len(), 2);
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

/// More lists in `tests/cases/find.tsv`.
#[test]
fn lists_take_the_type_of_their_head() {
    use Evidence::*;
    let g = Gazetteer::default();
    // After a typed unit: the same type (`Hòa Xuân` is a ward in Đà Nẵng and a commune in Đắk
    // Lắk: the list says commune).
    let text = "Nước rút chậm ở xã Hòa Thịnh, Hòa Xuân.";
    let m = found_ev(&g, text, &on("2025-11-01"));
    assert_eq!(
        m.get(1).map(|x| (x.1, x.2.as_str())),
        Some((ListItem, "22291"))
    );
    // A type word coordinated with another names a kind of unit: the number counts people.
    assert!(g
        .find_in("Khối xã, phường 12 người, khối doanh nghiệp 3 người.")
        .is_empty());
}

/// More parents and children in `tests/cases/find.tsv`.
#[test]
fn parents_and_children_beside_each_other() {
    let g = Gazetteer::default();
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

/// More enumerations in `tests/cases/find.tsv`.
#[test]
fn enumerations_of_units_under_one_parent() {
    use Evidence::*;
    let g = Gazetteer::default();
    // Districts of one province, each with its figure (read on 2024-05-01 in the file).
    let text =
        "Năng suất cao ở Nông Cống (60 tạ/ha), Như Thanh (58 tạ/ha), Quảng Xương (61 tạ/ha).";
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
    // `(cũ)` alone, and a document dated before the reform that plans it: `tests/cases/find.tsv`.
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

/// A document of one line that is a province's name is that province (`tests/cases/find.tsv`);
/// alone on the last line of a longer document, it is a by-line.
#[test]
fn a_province_on_the_last_line_is_a_byline() {
    let g = Gazetteer::default();
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
    // a text of December 2026 that still calls it a commune names it (the codes:
    // `tests/cases/find.tsv`); the province, which changed type the same day, keeps its current
    // version when written bare.
    let text = "Công an xã Tân Phú (Đồng Nai) đã bắt giữ đối tượng.";
    let m = g.find_in_doc(&Doc::new(text), &on("2026-12-01"));
    assert_eq!(
        m.iter()
            .filter_map(|m| m.unit().map(|u| u.unit_type()))
            .collect::<Vec<_>>(),
        [UnitType::Xa, UnitType::ThanhPhoTrungUong]
    );
    // A commune of that name in another province is no such unit.
    let other = "Công an xã Tân Phú (Lâm Đồng) đã bắt giữ đối tượng.";
    assert_eq!(found(&g, other, &on("2026-12-01"))[0].1, "?");
}
