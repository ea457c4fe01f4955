//! The words of an address that are not unit names: English type words (`Ward`, `District`),
//! the words that start what lies below the commune (house numbers, streets, alleys, buildings,
//! hamlets, groups), and letter-number forms (`F9`, `Q.1`).

use hanhchinh_text::TokenKind;

use crate::keys::{split_letter_number, TypeSet};
use crate::types::UnitType;

/// English type words (folded), written before a number or name (`Ward 7`, `District 5`) or
/// after a name (`Tân Bình District`, `Ho Chi Minh City`).
const ENGLISH_TYPES: &[(&str, &[UnitType])] = &[
    ("ward", &[UnitType::Phuong]),
    ("commune", &[UnitType::Xa]),
    ("town", &[UnitType::ThiTran, UnitType::ThiXa]),
    (
        "district",
        &[
            UnitType::Quan,
            UnitType::Huyen,
            UnitType::ThiXa,
            UnitType::ThanhPho,
        ],
    ),
    (
        "dist",
        &[
            UnitType::Quan,
            UnitType::Huyen,
            UnitType::ThiXa,
            UnitType::ThanhPho,
        ],
    ),
    ("city", &[UnitType::ThanhPhoTrungUong, UnitType::ThanhPho]),
    ("province", &[UnitType::Tinh]),
];

/// Words that start what lies below the commune: house numbers, streets, alleys, buildings,
/// hamlets and groups, as keys (with diacritics). A word of this list starts such a phrase
/// only when it and the words after it are not the name of a unit (`Đường Lâm`, `Phố Huế`,
/// `Đội Cấn`, `Quốc Oai`, `Lộ 25` are units).
const BELOW_COMMUNE: &[&str] = &[
    // house numbers and buildings
    "số",
    "nhà",
    "lô",
    "tầng",
    "tòa",
    "toà",
    "căn",
    "phòng",
    "km",
    "block",
    // streets and alleys
    "ngõ",
    "ngách",
    "hẻm",
    "kiệt",
    "đường",
    "phố",
    "quốc",
    "ql",
    "đt",
    "tl",
    // hamlets and groups (those that are also village types are tried as typed names first)
    "thôn",
    "ấp",
    "xóm",
    "tổ",
    "khu",
    "kp",
    "tdp",
    "khóm",
    "bản",
    "buôn",
    "đội",
    "làng",
    "cụm",
    "kdc",
    "kđt",
    "kcn",
    "ccn",
];

/// The same, folded, for words written without diacritics, and English words.
const BELOW_COMMUNE_FOLDED: &[&str] = &[
    "so",
    "nha",
    "lo",
    "tang",
    "toa",
    "can",
    "phong",
    "km",
    "block",
    "ngo",
    "ngach",
    "hem",
    "kiet",
    "duong",
    "pho",
    "quoc",
    "ql",
    "dt",
    "tl",
    "thon",
    "ap",
    "xom",
    "to",
    "khu",
    "kp",
    "tdp",
    "khom",
    "ban",
    "buon",
    "doi",
    "lang",
    "cum",
    "kdc",
    "kdt",
    "kcn",
    "ccn",
    "no",
    "number",
    "street",
    "st",
    "str",
    "road",
    "rd",
    "avenue",
    "ave",
    "alley",
    "lane",
    "hamlet",
    "village",
    "group",
    "quarter",
    "building",
    "floor",
    "apartment",
    "apt",
    "house",
    "lot",
];

/// The English type word a token (`text`, all ASCII or not) is, if any.
pub(super) fn english_type(text: &str, ascii: bool) -> Option<TypeSet> {
    if !ascii || text.len() < 4 || text.len() > 8 {
        return None;
    }
    ENGLISH_TYPES
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(text))
        .map(|(_, t)| TypeSet::of(t))
}

/// Whether a token (its text, whether it is all ASCII, its kind and its key) starts a phrase
/// below the commune.
pub(super) fn below_commune(text: &str, ascii: bool, kind: TokenKind, key: &str) -> bool {
    if kind == TokenKind::Number || kind == TokenKind::Code {
        return false;
    }
    if ascii {
        text.len() <= 9
            && BELOW_COMMUNE_FOLDED
                .iter()
                .any(|w| w.eq_ignore_ascii_case(text))
    } else {
        BELOW_COMMUNE.contains(&key)
    }
}

/// `F9`, `F.9` (`F` for phường, from the southern pronunciation), besides the `Q1`, `P12` of
/// [`split_letter_number`].
pub(super) fn letter_number(t: &str) -> Option<(TypeSet, &str)> {
    if let Some(x) = split_letter_number(t) {
        return Some(x);
    }
    let rest = t.strip_prefix('F').or_else(|| t.strip_prefix('f'))?;
    (!rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
        .then(|| (TypeSet::of(&[UnitType::Phuong]), rest))
}

/// A number as a key: without leading zeros (`05` = `5`).
pub(super) fn number_key(num: &str) -> String {
    let n = num.trim_start_matches('0');
    if n.is_empty() { "0" } else { n }.to_string()
}
