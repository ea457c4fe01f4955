//! Title phrases of the issue and of common administrative writing: parts and expanded forms.
//! The cases that are a text and some fields of its title or chain of titles are lines of
//! `tests/cases/titles.tsv`, the designations in news sentences lines of
//! `tests/cases/designations.tsv`.
#![cfg(test)]

use hanhchinh_abbrev::{
    designation, parse_title, split_titles, Context, Level, ProvinceKind, RankKind,
};
use hanhchinh_cases::{self as cases, optional, Cases};
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
}

/// The cases of `tests/cases/titles.tsv`.
#[test]
fn titles_of_titles_tsv() {
    Cases::open(env!("CARGO_MANIFEST_DIR"), "titles.tsv").run(|columns| {
        let [text, context, checks @ ..] = columns else {
            return Err("not a case: want `text, context, ...`".into());
        };
        let ctx = match *context {
            "-" => Context::new(),
            "province" => Context::new().province_kind(ProvinceKind::Province),
            "city" => Context::new().province_kind(ProvinceKind::CentralCity),
            _ => return Err(format!("not a case: no context {context:?}")),
        };
        let title = || parse_title(text, &ctx).ok_or("no title");
        if checks == ["none"] {
            return cases::compare(title().ok().map(|t| t.expanded().to_string()), None);
        }
        cases::fields(checks, |field| {
            Ok(match field {
                "expanded" => Some(title()?.expanded().to_string()),
                "role" => title()?.role().map(str::to_string),
                "organ" => title()?.organ().map(str::to_string),
                "complete" => Some(if title()?.is_complete() { "yes" } else { "no" }.to_string()),
                "chain" => Some(expanded(text, &ctx).join("; ")),
                _ => return Err(format!("not a case: no field {field:?}")),
            })
        })
    });
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

/// The head of a village: the role holds the village's type word, and a name after it is the
/// village's, never an organ.
#[test]
fn heads_of_villages_and_their_villages() {
    let ctx = Context::new();
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

/// The cases of `tests/cases/designations.tsv`.
#[test]
fn designations_of_designations_tsv() {
    let ctx = Context::new().province_kind(ProvinceKind::Province);
    let list = |column: &str| -> Vec<String> {
        optional(column).map_or(vec![], |c| c.split("; ").map(str::to_string).collect())
    };
    Cases::open(env!("CARGO_MANIFEST_DIR"), "designations.tsv").run(|columns| {
        let [text, name, ranks, titles] = columns else {
            return Err("not a case: want `text, name, ranks, titles`".into());
        };
        let start = text.find(name).ok_or("the name is not in the text")?;
        let tokens: Vec<_> = tokenize(text).collect();
        let d = designation(text, &tokens, start..start + name.len(), &ctx);
        let got_ranks: Vec<String> = d
            .ranks
            .iter()
            .map(|r| r.rank().form().to_string())
            .collect();
        let got_titles: Vec<String> = d.titles.iter().map(|t| t.expanded().to_string()).collect();
        cases::compare((got_ranks, got_titles), (list(ranks), list(titles)))
    });
}
