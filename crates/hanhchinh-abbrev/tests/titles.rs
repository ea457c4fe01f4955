//! Title phrases of the issue and of common administrative writing: parts and expanded forms.
#![cfg(test)]

use hanhchinh_abbrev::{
    designation, parse_title, split_titles, Context, Level, ProvinceKind, RankKind,
};
use hanhchinh_text::tokenize;

/// The expanded forms of the titles of `text`, in order.
fn expanded(text: &str, ctx: &Context) -> Vec<String> {
    split_titles(text, ctx)
        .iter()
        .map(|t| t.expanded().to_string())
        .collect()
}

fn parts(
    s: &str,
    ctx: &Context,
) -> (
    Vec<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
) {
    let t = parse_title(s, ctx).unwrap_or_else(|| panic!("no title: {s}"));
    (
        t.modifiers().to_vec(),
        t.role().map(str::to_string),
        t.organ().map(str::to_string),
        t.level().map(str::to_string),
        t.expanded().to_string(),
    )
}

#[test]
fn titles_of_the_issue() {
    let ctx = Context::new();
    let (m, r, o, l, e) = parts("Phó Bí thư Thường trực Quận ủy", &ctx);
    assert_eq!(
        (m, r.as_deref(), o.as_deref(), l),
        (
            vec!["Phó".to_string(), "Thường trực".to_string()],
            Some("Bí thư"),
            Some("Quận ủy"),
            None
        )
    );
    assert_eq!(e, "Phó Bí thư Thường trực Quận ủy");

    let (m, r, o, l, e) = parts("Quyền Chủ tịch UBND quận", &ctx);
    assert_eq!(
        (m, r.as_deref(), o.as_deref(), l.as_deref()),
        (
            vec!["Quyền".to_string()],
            Some("Chủ tịch"),
            Some("Ủy ban nhân dân"),
            Some("quận")
        )
    );
    assert_eq!(e, "Quyền Chủ tịch Ủy ban nhân dân quận");

    let t = parse_title("Phó Trưởng Ban Thi đua khen thưởng Thành phố Hà Nội", &ctx).unwrap();
    assert_eq!(t.role(), Some("Trưởng"));
    assert_eq!(t.organ(), Some("Ban Thi đua khen thưởng"));
    assert_eq!(t.level(), Some("Thành phố"));
    assert_eq!(t.place(), Some("Hà Nội"));
    assert_eq!(t.level_kind(&ctx), Some(Level::Province));

    assert_eq!(
        parts("Phó Chủ tịch Thường trực UBND huyện", &ctx).4,
        "Phó Chủ tịch Thường trực Ủy ban nhân dân huyện"
    );
    assert_eq!(
        parts("UVBTV Quận ủy", &ctx).4,
        "Ủy viên Ban Thường vụ Quận ủy"
    );
}

#[test]
fn other_common_titles() {
    let ctx = Context::new().province_kind(ProvinceKind::Province);
    for (s, expanded, role, organ) in [
        (
            "Giám đốc Sở Tài chính",
            "Giám đốc Sở Tài chính",
            Some("Giám đốc"),
            Some("Sở Tài chính"),
        ),
        (
            "Nguyên Bí thư Tỉnh ủy",
            "Nguyên Bí thư Tỉnh ủy",
            Some("Bí thư"),
            Some("Tỉnh ủy"),
        ),
        (
            "Bí thư Đảng ủy xã An Khê",
            "Bí thư Đảng ủy xã An Khê",
            Some("Bí thư"),
            Some("Đảng ủy"),
        ),
        (
            "Trưởng Công an huyện",
            "Trưởng Công an huyện",
            Some("Trưởng"),
            Some("Công an"),
        ),
        (
            "Chỉ huy trưởng Ban Chỉ huy quân sự huyện",
            "Chỉ huy trưởng Ban Chỉ huy quân sự huyện",
            Some("Chỉ huy trưởng"),
            Some("Ban Chỉ huy quân sự"),
        ),
        (
            "PCT UBND tỉnh",
            "Phó Chủ tịch Ủy ban nhân dân tỉnh",
            Some("Phó Chủ tịch"),
            Some("Ủy ban nhân dân"),
        ),
        (
            "PBTHU",
            "Phó Bí thư Huyện ủy",
            Some("Phó Bí thư Huyện ủy"),
            None,
        ),
        (
            "Phó Phòng ngân sách - Sở Tài chính Hà Nội",
            "Phó Phòng ngân sách - Sở Tài chính Hà Nội",
            None,
            Some("Phòng ngân sách - Sở Tài chính Hà Nội"),
        ),
        (
            "Ủy viên BTVQU",
            "Ủy viên Ban Thường vụ Quận ủy",
            Some("Ủy viên"),
            Some("Ban Thường vụ Quận ủy"),
        ),
    ] {
        let t = parse_title(s, &ctx).unwrap_or_else(|| panic!("{s}"));
        assert_eq!(t.expanded(), expanded, "{s}");
        assert_eq!((t.role(), t.organ()), (role, organ), "{s}");
        assert!(t.is_complete());
    }
}

#[test]
fn not_titles() {
    let ctx = Context::new();
    for s in [
        "tổ chức hội nghị",
        "Thường trực HĐND",
        "Hội nghị tổng kết",
        "Phó",
        "",
        "các phòng, ban",
    ] {
        assert!(parse_title(s, &ctx).is_none(), "{s}");
    }
}

#[test]
fn the_full_name_of_a_ministry_or_department_ends_the_title() {
    let ctx = Context::new();
    for (text, title) in [
        (
            "Bộ trưởng Bộ Công an kiểm tra công tác bảo đảm an ninh",
            "Bộ trưởng Bộ Công an",
        ),
        (
            "Giám đốc Sở Y tế kiểm tra công tác phòng dịch",
            "Giám đốc Sở Y tế",
        ),
        ("Giám đốc Sở Tài chính hướng dẫn", "Giám đốc Sở Tài chính"),
        (
            "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch khai mạc triển lãm",
            "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch",
        ),
        // Names that go on in lower case are read whole.
        (
            "Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
            "Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
        ),
        (
            "Trưởng Đoàn kiểm tra liên ngành làm việc tại xã",
            "Trưởng Đoàn kiểm tra liên ngành",
        ),
        ("Giám đốc Sở Y tế tỉnh phát biểu", "Giám đốc Sở Y tế tỉnh"),
    ] {
        let got: Vec<String> = expanded(text, &ctx);
        assert_eq!(got, [title], "{text}");
    }
}

#[test]
fn undecided_abbreviation_is_kept_and_flagged() {
    let t = parse_title("TUV", &Context::new()).unwrap();
    assert_eq!(t.expanded(), "TUV");
    assert!(!t.is_complete());
    let t = parse_title(
        "TUV",
        &Context::new().province_kind(ProvinceKind::CentralCity),
    )
    .unwrap();
    assert_eq!(t.expanded(), "Thành ủy viên");
    assert_eq!(t.party_seniority(), Some(1));
}

#[test]
fn party_seniority_orders_the_posts() {
    let ctx = Context::new();
    let s = |x: &str| parse_title(x, &ctx).unwrap().party_seniority();
    assert!(s("Bí thư Quận ủy") > s("Phó Bí thư Quận ủy"));
    assert!(s("Phó Bí thư Quận ủy") > s("UVBTV Quận ủy"));
    assert!(s("Ủy viên Ban Thường vụ Quận ủy") > s("Ủy viên Ban Chấp hành Quận ủy"));
    assert_eq!(s("Giám đốc Sở Tài chính"), None);
}

#[test]
fn chains() {
    let ctx = Context::new().province_kind(ProvinceKind::CentralCity);
    let e: Vec<String> = expanded(
        "TUV, Bí thư Quận ủy, Chủ tịch HĐND quận; đồng chí Lâm",
        &ctx,
    );
    assert_eq!(
        e,
        [
            "Thành ủy viên",
            "Bí thư Quận ủy",
            "Chủ tịch Hội đồng nhân dân quận"
        ]
    );
    let e: Vec<String> = expanded(
        "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy",
        &ctx,
    );
    assert_eq!(
        e,
        [
            "Ủy viên Ban Thường vụ Tỉnh ủy",
            "Trưởng Ban Tuyên giáo Tỉnh ủy"
        ]
    );
}

/// The press agencies of the provinces since 2025 (the newspaper merged with the radio and
/// television station), and the comma of `Phát thanh, Truyền hình`.
#[test]
fn the_merged_press_agencies() {
    let ctx = Context::new();
    let e: Vec<String> = expanded(
        "Phó Tổng Biên tập Báo và Phát thanh, Truyền hình Lào Cai, Phó Chủ tịch Hội Nhà báo tỉnh",
        &ctx,
    );
    assert_eq!(
        e,
        [
            "Phó Tổng Biên tập Báo và Phát thanh, Truyền hình Lào Cai",
            "Phó Chủ tịch Hội Nhà báo tỉnh"
        ]
    );
    let t = parse_title("Giám đốc Đài Phát thanh, Truyền hình tỉnh", &ctx).unwrap();
    assert_eq!(t.expanded(), "Giám đốc Đài Phát thanh, Truyền hình tỉnh");
}

/// A head noun in lower case that is also a verb ends the title unless a name follows it.
#[test]
fn a_verb_after_a_title_ends_it() {
    let ctx = Context::new().province_kind(ProvinceKind::Province);
    for (text, want) in [
        ("Bí thư Huyện ủy Ba Chẽ báo cáo", "Bí thư Huyện ủy Ba Chẽ"),
        (
            "Tổng Biên tập báo Nhân Dân phát biểu",
            "Tổng Biên tập báo Nhân Dân",
        ),
        (
            "Chủ tịch Hội Nhà báo tỉnh phát biểu",
            "Chủ tịch Hội Nhà báo tỉnh",
        ),
    ] {
        let e: Vec<String> = expanded(text, &ctx);
        assert_eq!(e, [want], "{text}");
    }
}

/// Military units and teams are numbered after their head noun.
#[test]
fn numbered_military_units() {
    let ctx = Context::new();
    for text in [
        "Phó lữ đoàn 146",
        "Sư đoàn trưởng Sư đoàn 312",
        "Chính ủy Trung đoàn 9",
        "Đội trưởng Đội 3",
    ] {
        let t = parse_title(text, &ctx).unwrap_or_else(|| panic!("no title: {text}"));
        assert_eq!(t.expanded(), text);
    }
    // A number after another head is no part of it.
    let e: Vec<String> = expanded("Giám đốc Sở 5 năm", &ctx);
    assert_eq!(e, ["Giám đốc Sở"]);
}

/// The head of a village: the role holds the village's type word, and a name after it is the
/// village's, never an organ.
#[test]
fn heads_of_villages_and_their_villages() {
    let ctx = Context::new();
    for (text, expanded) in [
        ("Trưởng thôn Lếch Dao", "Trưởng thôn Lếch Dao"),
        ("Trưởng bản Nà Sài", "Trưởng bản Nà Sài"),
        ("Trưởng ấp Tân Hòa", "Trưởng ấp Tân Hòa"),
        ("Trưởng thôn", "Trưởng thôn"),
    ] {
        let t = parse_title(text, &ctx).unwrap_or_else(|| panic!("no title: {text}"));
        assert_eq!(t.expanded(), expanded, "{text}");
        assert_eq!(t.organ(), None, "{text}");
    }
    let t = parse_title("Trưởng bản Nà Sài", &ctx).unwrap();
    assert_eq!(t.place(), Some("Nà Sài"));
    // Numbered villages and wards.
    for text in ["Trưởng thôn 3", "Chủ tịch UBND phường 12"] {
        let t = parse_title(text, &ctx).unwrap_or_else(|| panic!("no title: {text}"));
        assert!(
            t.expanded().ends_with(text.rsplit(' ').next().unwrap()),
            "{text}"
        );
    }
    let e: Vec<String> = expanded("Chủ tịch UBND huyện 5 năm liền", &ctx);
    assert_eq!(e, ["Chủ tịch Ủy ban nhân dân huyện"]);
}

#[test]
fn ranks_before_names_are_not_posts() {
    let ctx = Context::new();
    let text = "Thiếu tướng, PGS.TS Nguyễn Văn Bình, Giám đốc Học viện";
    let tokens: Vec<_> = tokenize(text).collect();
    let start = text.find("Nguyễn").unwrap();
    let end = text.find(", Giám").unwrap();
    let d = designation(text, &tokens, start..end, &ctx);
    let ranks: Vec<_> = d
        .ranks
        .iter()
        .map(|r| (r.rank().form(), r.rank().kind()))
        .collect();
    assert_eq!(
        ranks,
        [
            ("Thiếu tướng", RankKind::Military),
            ("Phó Giáo sư", RankKind::Academic),
            ("Tiến sĩ", RankKind::Degree)
        ]
    );
    assert_eq!(d.titles.len(), 1);
    assert_eq!(d.titles[0].role(), Some("Giám đốc"));

    let text = "đồng chí Bí thư Quận ủy";
    let tokens: Vec<_> = tokenize(text).collect();
    let d = designation(text, &tokens, text.len()..text.len(), &ctx);
    assert!(d.ranks.is_empty());
}

/// Titles of persons in common news sentences (not from the seeds): name span given.
#[test]
fn designations_in_news_sentences() {
    let ctx = Context::new().province_kind(ProvinceKind::Province);
    for (text, name, ranks, titles) in [
        (
            "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Thái Bình cho biết",
            "Nguyễn Văn An",
            vec!["ông"],
            vec!["Chủ tịch Ủy ban nhân dân tỉnh Thái Bình"],
        ),
        (
            "Bà Trần Thị Bình - Phó Giám đốc Sở Y tế phát biểu",
            "Trần Thị Bình",
            vec!["bà"],
            vec!["Phó Giám đốc Sở Y tế"],
        ),
        (
            "Giám đốc Sở Giáo dục và Đào tạo Nguyễn Văn Cường trao thưởng",
            "Nguyễn Văn Cường",
            vec![],
            vec!["Giám đốc Sở Giáo dục và Đào tạo"],
        ),
        (
            "Đại úy Lê Văn Dũng, Phó Trưởng Công an xã",
            "Lê Văn Dũng",
            vec!["Đại úy"],
            vec!["Phó Trưởng Công an xã"],
        ),
        (
            "đồng chí Nguyễn Văn Em, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự",
            "Nguyễn Văn Em",
            vec!["đồng chí"],
            vec!["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"],
        ),
        (
            "Thủ tướng Chính phủ Phạm Minh Chính",
            "Phạm Minh Chính",
            vec![],
            vec!["Thủ tướng Chính phủ"],
        ),
        (
            "Tổng Bí thư Nguyễn Phú Trọng",
            "Nguyễn Phú Trọng",
            vec![],
            vec!["Tổng Bí thư"],
        ),
        (
            "Phó Bí thư Thường trực Tỉnh ủy, đồng chí Ngô Đông Hải phát biểu",
            "Ngô Đông Hải",
            vec!["đồng chí"],
            vec!["Phó Bí thư Thường trực Tỉnh ủy"],
        ),
        // A place after a preposition before the comma is no name the chain belongs to.
        (
            "Chiều 5-12, tại Hà Nội, Thủ tướng Chính phủ Lê Văn An chủ trì",
            "Lê Văn An",
            vec![],
            vec!["Thủ tướng Chính phủ"],
        ),
        (
            "Tại Thành phố Hồ Chí Minh, Chủ tịch nước Trần Văn Bình thăm",
            "Trần Văn Bình",
            vec![],
            vec!["Chủ tịch nước"],
        ),
    ] {
        let tokens: Vec<_> = tokenize(text).collect();
        let start = text.find(name).unwrap();
        let d = designation(text, &tokens, start..start + name.len(), &ctx);
        let got_ranks: Vec<String> = d
            .ranks
            .iter()
            .map(|r| r.rank().form().to_string())
            .collect();
        let got_titles: Vec<&str> = d.titles.iter().map(|t| t.expanded()).collect();
        assert_eq!(got_ranks, ranks, "{text}");
        assert_eq!(got_titles, titles, "{text}");
    }
}
