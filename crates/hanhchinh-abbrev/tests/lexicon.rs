//! The embedded tables: in sync with `data/`, well formed, consistent.

use std::path::Path;

use hanhchinh_abbrev::{expand, Lexicon, Part, RankKind, Tables};

const TABLES: &[(&str, &str)] = &[
    ("abbrev/organs.tsv", "organs.tsv"),
    ("abbrev/titles.tsv", "titles.tsv"),
    ("abbrev/other.tsv", "other.tsv"),
    ("abbrev/ranks.tsv", "ranks.tsv"),
    ("abbrev/title_words.tsv", "title_words.tsv"),
    ("abbrev/issuers.tsv", "issuers.tsv"),
    ("surnames/surnames.tsv", "surnames.tsv"),
    ("abbrev/laws.tsv", "laws.tsv"),
];

/// The crate's copies equal the editable tables of the repository's `data/` (skipped when the
/// crate is built outside the repository, e.g. from its package).
#[test]
fn data_in_sync() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let repo_data = root.join("../../data");
    if !repo_data.join("abbrev").is_dir() {
        return;
    }
    for (repo, ours) in TABLES {
        let a = std::fs::read_to_string(repo_data.join(repo)).unwrap();
        let b = std::fs::read_to_string(root.join("data").join(ours)).unwrap();
        assert!(a == b, "crates/hanhchinh-abbrev/data/{ours} differs from data/{repo}: run `cp data/abbrev/*.tsv data/surnames/surnames.tsv crates/hanhchinh-abbrev/data/`");
    }
}

#[test]
fn builtin_tables_parse() {
    let lex = Lexicon::try_builtin().unwrap();
    assert!(
        lex.entries().len() >= 150,
        "{} entries",
        lex.entries().len()
    );
    assert!(lex.ranks().len() >= 40);
    assert!(lex.doctypes().len() >= 35);
    assert!(lex.surnames().len() >= 70);
}

#[test]
fn tables_are_nfc_and_official_spelling() {
    for (name, text) in Tables::builtin().named() {
        assert!(!text.contains("Uỷ") && !text.contains("uỷ"), "{name}");
        assert!(text.ends_with('\n'), "{name}");
        for c in text.chars() {
            assert!(
                !('\u{300}'..='\u{36f}').contains(&c),
                "{name}: combining mark: not NFC"
            );
        }
    }
}

#[test]
fn every_expansion_is_non_empty_and_listed_compounds_match_their_decomposition() {
    let lex = Lexicon::builtin();
    for e in lex.entries() {
        assert!(!e.candidates().is_empty());
        for c in e.candidates() {
            assert!(!c.expansion().trim().is_empty(), "{}", e.abbr());
            assert!(!c.source().is_empty());
        }
    }
    // Listed compounds agree with the grammar's decomposition of their parts.
    for abbr in [
        "UVBTV", "UVBCH", "UVTW", "UVBCT", "UVBTVTU", "UVBTVHU", "UVBTVQU", "BTVQU", "BTVHU",
        "BTVTU", "BCHTW",
    ] {
        let listed: Vec<String> = lex
            .entry(abbr)
            .unwrap()
            .candidates()
            .iter()
            .map(|c| c.expansion().to_string())
            .collect();
        let mut tables = Tables::builtin();
        // Rebuild without the row to force the decomposition.
        let without_row = |table: &str| -> String {
            table
                .lines()
                .filter(|l| !l.starts_with(&format!("{abbr}\t")))
                .map(|l| format!("{l}\n"))
                .collect()
        };
        let (organs, titles) = (without_row(tables.organs), without_row(tables.titles));
        tables.organs = &organs;
        tables.titles = &titles;
        let without = Lexicon::from_tables(&tables).unwrap();
        assert!(without.entry(abbr).is_none());
        let decomposed: Vec<String> = without
            .expand(abbr)
            .iter()
            .map(|c| c.expansion().to_string())
            .collect();
        assert_eq!(listed, decomposed, "{abbr}");
    }
}

#[test]
fn compounds_decompose_with_conditions() {
    let c = expand("UVBTVTU");
    assert_eq!(c.len(), 2);
    assert_eq!(c[0].expansion(), "Ủy viên Ban Thường vụ Thành ủy");
    assert_eq!(c[1].expansion(), "Ủy viên Ban Thường vụ Tỉnh ủy");
    assert_eq!(expand("PBTHU")[0].expansion(), "Phó Bí thư Huyện ủy");
    assert_eq!(
        expand("PCTUBND")[0].expansion(),
        "Phó Chủ tịch Ủy ban nhân dân"
    );
    assert_eq!(expand("BTVĐU")[0].expansion(), "Ban Thường vụ Đảng ủy");
    // Not compounds: an unknown letter, a wrong order, a single part.
    assert_eq!(expand("CT")[0].expansion(), "Chủ tịch");
    for w in ["HNP", "TUUV", "BTVX", "THCSX", "UVUV", ""] {
        assert!(expand(w).is_empty(), "{w}");
    }
    assert!(Lexicon::builtin()
        .entries()
        .iter()
        .any(|e| e.part() == Part::Body));
}

#[test]
fn ranks_are_ordered() {
    let lex = Lexicon::builtin();
    let order = |f: &str| lex.rank(f).unwrap().order();
    assert!(order("Đại tướng") > order("Thượng tướng"));
    assert!(order("Thiếu tướng") > order("Đại tá"));
    assert!(order("Thiếu tá") > order("Đại úy"));
    assert!(order("Đại úy") > order("Thiếu úy"));
    assert_eq!(lex.rank("ĐẠI TÁ").unwrap().form(), "Đại tá");
    assert_eq!(lex.rank_by_abbr("PGS").unwrap().form(), "Phó Giáo sư");
    assert_eq!(lex.rank_by_abbr("ThS").unwrap().kind(), RankKind::Degree);
    assert_eq!(lex.rank("đồng chí").unwrap().kind(), RankKind::Honorific);
}

#[test]
fn malformed_tables_are_reported_with_position() {
    let mut t = Tables::builtin();
    t.organs = "abbr\texpansion\tpart\tscope\tcondition\tsource\nHĐND\tHội đồng nhân dân\tstate\ttext\t-\n";
    let e = Lexicon::from_tables(&t).unwrap_err();
    assert_eq!((e.table(), e.line()), ("organs.tsv", 2));
    let mut t = Tables::builtin();
    t.titles = "abbr\texpansion\tpart\tscope\tcondition\tsource\nUV\tUỷ viên\tmember\tpart\t-\tx\n";
    let e = Lexicon::from_tables(&t).unwrap_err();
    assert_eq!((e.line(), e.column()), (2, 2));
    assert!(e.to_string().contains("Ủy"));
    let mut t = Tables::builtin();
    t.other = "abbr\texpansion\n";
    assert_eq!(Lexicon::from_tables(&t).unwrap_err().line(), 1);
    let mut t = Tables::builtin();
    t.ranks = "form\tabbr\tkind\torder\tsource\nĐại tá\t-\tarmy\t1\tx\n";
    assert_eq!(Lexicon::from_tables(&t).unwrap_err().column(), 3);
}

#[test]
fn surnames() {
    assert!(hanhchinh_abbrev::is_surname("Nguyễn"));
    assert!(hanhchinh_abbrev::is_surname("lâm"));
    assert!(!hanhchinh_abbrev::is_surname("Huyện"));
    assert_eq!(hanhchinh_abbrev::surnames()[1], "Trần");
}

#[test]
fn table_values_parse_and_print() {
    use hanhchinh_abbrev::{Condition, Scope, WordKind};
    assert_eq!("city".parse::<Condition>(), Ok(Condition::CentralCity));
    assert_eq!(Condition::School.to_string(), "school");
    assert_eq!("-".parse::<Part>(), Ok(Part::None));
    assert_eq!("role-state".parse::<Part>(), Ok(Part::StateRole));
    assert_eq!("part".parse::<Scope>(), Ok(Scope::Part));
    assert_eq!("honorific".parse::<RankKind>(), Ok(RankKind::Honorific));
    assert_eq!("head".parse::<WordKind>().map(WordKind::as_str), Ok("head"));
    let e = "towns".parse::<Condition>().unwrap_err();
    assert_eq!(e.table(), "");
    assert!(e
        .to_string()
        .starts_with("value \"towns\" is not one of -, city"));
}
