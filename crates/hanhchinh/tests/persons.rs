//! Person rules of the facade (see `src/person.rs`), on sentences written for the purpose.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

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
    assert_eq!(persons("Trần Hòa"), [("Trần Hòa".to_string(), vec![])]);
    assert_eq!(persons("Huy Kiên"), [("Huy Kiên".to_string(), vec![])]);
    let p = persons("Tác giả: Hoài Thương - Mai Tăng - Đài TT TH Huyện");
    let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Hoài Thương", "Mai Tăng"]);
    // Page furniture in title case is no byline.
    assert!(persons("Tin Mới").is_empty());
    assert!(persons("Theo Báo Nhân Dân").is_empty());
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
