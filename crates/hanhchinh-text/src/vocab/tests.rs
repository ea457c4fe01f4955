//! Tests of the shared vocabulary.

use super::*;

/// Every row of `type_word_compounds.tsv` begins or ends with a one-word unit type; there,
/// with the rest of the word in place (lower case after it), it is no type word; with a
/// capitalised name after it, across a comma or on the next line, it is.
#[test]
fn common_words_with_a_type_word() {
    for w in tables::TYPE_WORD_COMPOUNDS {
        let words: Vec<&str> = w.split(' ').collect();
        let doc = Doc::new(w);
        assert_eq!(doc.len(), words.len(), "{w}");
        let first = unit_type_at(&Doc::new(words[0]), 0).is_some();
        let last = unit_type_at(&Doc::new(words[words.len() - 1]), 0).is_some();
        assert!(first || last, "{w}: no type word at either end");
        if first {
            assert!(unit_type_at(&doc, 0).is_none(), "{w}");
            let second = words[1];
            let mut name: Vec<char> = second.chars().collect();
            name[0] = name[0].to_uppercase().next().unwrap();
            let name: String = name.into_iter().collect();
            for text in [
                format!("{} {name}", words[0]),
                format!("{}, {second}", words[0]),
                format!("{}\n{second}", words[0]),
            ] {
                assert!(unit_type_at(&Doc::new(&text), 0).is_some(), "{text}");
            }
        } else {
            let at = words.len() - 1;
            assert!(unit_type_at(&doc, at).is_none(), "{w}");
            let named = format!("{w} Tân Phú");
            assert!(unit_type_at(&Doc::new(&named), at).is_none(), "{named}");
            let cut = format!("{}, {}", words[..at].join(" "), words[at]);
            assert!(unit_type_at(&Doc::new(&cut), at + 1).is_some(), "{cut}");
        }
    }
}

/// `cmp_joined` orders as comparing with the joined string would.
#[test]
fn cmp_joined_is_the_order_of_the_joined_words() {
    let words = [
        "",
        "a",
        "ab",
        "abc",
        "b",
        "xã",
        "xã hội",
        "hợp tác xã",
        "a b",
        "ab c",
    ];
    for row in words {
        for a in ["", "a", "ab", "xã", "hợp"] {
            for b in [&["hội"][..], &["b"], &["c"], &["tác", "xã"], &[]] {
                let parts: Vec<&str> = std::iter::once(a).chain(b.iter().copied()).collect();
                assert_eq!(
                    cmp_joined(row, &parts),
                    row.cmp(parts.join(" ").as_str()),
                    "{row:?} {parts:?}"
                );
            }
        }
    }
}

#[test]
fn type_words() {
    let doc = Doc::new("TỔ DÂN PHỐ số 3, Thành phố Huế, thi xa Son Tay, thị\nxã");
    let t = unit_type_at(&doc, 0).unwrap();
    assert_eq!(
        (t.len(), t.types()),
        (3, UnitTypeSet::of(&[UnitType::ToDanPho]))
    );
    let t = unit_type_at(&doc, 6).unwrap();
    assert_eq!(t.types().types().count(), 2);
    assert!(unit_type_at(&doc, 10).is_none());
    let f = unit_type_at_folded(&doc, 10).unwrap();
    assert!(f.is_folded() && f.types().contains(UnitType::ThiXa));
    // A line break inside the word: not the word.
    assert!(unit_type_at(&doc, 15).is_none());
    assert!(is_type_word_start("thị") && !is_type_word_start("xã ủy"));
    assert!(is_unit_type_start("thị") && is_unit_type_start("tp") && !is_unit_type_start("tổng"));
}

#[test]
fn island_units() {
    // `đảo` between the type word and a name belongs to the type word; with no name after it,
    // or as a part of the name (`Đảo`), the type word is alone.
    let doc = Doc::new("huyện đảo Lý Sơn, Xã đảo Thổ Châu, huyện đảo xa, huyện Đảo Ngọc");
    let lens: Vec<_> = [0, 5, 10, 14]
        .iter()
        .map(|&i| unit_type_at(&doc, i).map(|t| t.len()))
        .collect();
    assert_eq!(lens, [Some(2), Some(2), Some(1), Some(1)]);
    assert!(unit_type_at(&doc, 0).is_some_and(|t| t.types().contains(UnitType::Huyen)));
}

#[test]
fn abbreviations() {
    // Every form of the table is read where it is written before a name.
    for row in &tables::UNIT_TYPES {
        for a in row.abbreviations {
            if a.chars().nth(1).is_none() {
                let code = format!("{a}7");
                let (types, n) = unit_type_code(&code).unwrap();
                assert!(types.contains(row.ty) && n == "7", "{code}");
                continue;
            }
            let text = format!("{a} Tân An");
            let doc = Doc::new(&text);
            let t = unit_type_abbreviation_at(&doc, 0).unwrap();
            assert!(t.types().contains(row.ty), "{text}");
            assert_eq!(t.len(), 1 + usize::from(a.ends_with('.')), "{text}");
            assert!(is_type_abbreviation(&crate::key(a.trim_end_matches('.'))));
        }
    }
    // A letter needs its dot on the same line.
    let doc = Doc::new("p . 12 và q\n.1 và x");
    assert_eq!(unit_type_abbreviation_at(&doc, 0).map(|t| t.len()), Some(2));
    assert!(unit_type_abbreviation_at(&doc, 4).is_none());
    assert!(unit_type_abbreviation_at(&doc, 8).is_none());
    assert!(!is_type_abbreviation("ubnd"));
}

#[test]
fn reform_cues() {
    let doc = Doc::new("trên cơ sở hợp nhất 3 xã; Hà Tĩnh cũ; sau\nsắp xếp");
    let c = reform_cue_at(&doc, 0).unwrap();
    assert_eq!((c.len(), c.era()), (5, ReformEra::Former));
    assert!(is_reform_cue_start("trên") && is_reform_cue_start("("));
    let c = reform_cue_at(&doc, 10).unwrap();
    assert_eq!((c.len(), c.scope()), (1, CueScope::Preceding));
    // A line break inside the phrase: no cue.
    assert!(reform_cue_at(&doc, 12).is_none());
}

#[test]
fn honorifics() {
    let doc = Doc::new("Đ/c Hà, đồng chí Lan, bà Mai, đồng bào");
    assert_eq!(honorific_at(&doc, 0).map(|h| h.len()), Some(3));
    assert_eq!(honorific_at(&doc, 5).map(|h| h.len()), Some(2));
    assert_eq!(
        honorific_at(&doc, 9).map(|h| h.gender()),
        Some(Gender::Female)
    );
    assert!(honorific_at(&doc, 12).is_none());
}

#[test]
fn tables_are_sorted_and_keyed() {
    assert!(tables::PLACE_NOUNS.windows(2).all(|w| w[0] < w[1]));
    assert!(tables::DIRECTIONS.windows(2).all(|w| w[0] < w[1]));
    assert!(tables::LOCATIVES.windows(2).all(|w| w[0] < w[1]));
    for d in doc_types() {
        assert_eq!(crate::key(d.name()), d.key());
    }
    assert!(doc_types_named("quyết định").any(|d| d.code() == Some("QĐ")));
}
