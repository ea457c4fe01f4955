//! Tests of unit finding on invented sentences (real unit names are data).

use hanhchinh_text::Doc;

use super::*;

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
