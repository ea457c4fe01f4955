//! Choosing among the candidates of an abbreviation: the document's context (`TU` = Tỉnh ủy or
//! Thành ủy) and the words next to it (`HN` = Hội nghị before `tổng kết`, Hà Nội after `Thủ đô`).

use hanhchinh_text::{Doc, TokenKind};

use crate::context::{Context, ProvinceKind};
use crate::lexicon::{Candidate, Condition};

/// Words after `HN` (or before it) that make it `Hội nghị`.
const CONFERENCE_NEXT: &[&str] = &[
    "tổng",
    "sơ",
    "triển",
    "giao",
    "trực",
    "toàn",
    "lần",
    "thường",
    "chuyên",
    "tập",
    "quán",
    "học",
    "đại",
    "cán",
    "ban",
    "bch",
    "lấy",
    "đối",
    "thông",
    "biểu",
];
const CONFERENCE_PREV: &[&str] = &["mạc", "dự", "chức", "trì", "họp"];
const PLACE_PREV: &[&str] = &["tp", "thủ", "phố", "đô"];

/// Words after `ĐH` (up to three tokens on) that make it `Đại hội`, a congress: of a party
/// organisation (`ĐH Đảng bộ`, `ĐH Đoàn`, `ĐH Hội Nông dân`), with its number and term
/// (`lần thứ`, `nhiệm kỳ`, `khóa`), or electing (`ĐH đã bầu`).
const CONGRESS_NEXT: &[&str] = &[
    "đảng", "đoàn", "hội", "chi", "đại", "lần", "nhiệm", "khóa", "khoá", "bầu", "thi",
];
/// Words before `ĐH` that make it `Đại hội`: attending, opening or closing it.
const CONGRESS_PREV: &[&str] = &["dự", "mạc", "bế", "chức", "trì", "họp", "mừng", "kiện"];
/// Words before `ĐH` that make it `Đại học`: a school, its students and teachers, its
/// entrance and degrees (`trường ĐH`, `sinh viên ĐH`, `thi ĐH`, `tốt nghiệp ĐH`, `cao đẳng, ĐH`).
const SCHOOL_PREV: &[&str] = &[
    "trường",
    "viên",
    "giảng",
    "thi",
    "tuyển",
    "nghiệp",
    "học",
    "đẳng",
    "bằng",
];

/// Picks the candidate that the context and the neighbours decide, if any.
pub(crate) fn choose(
    cands: &[Candidate],
    ctx: &Context,
    doc: &Doc<'_>,
    first_tok: usize,
    last_tok: usize,
    end: usize,
) -> Option<usize> {
    if cands.len() == 1 {
        return Some(0);
    }
    let wanted = |c: Condition| cands.iter().position(|x| x.condition() == c);
    match ctx.province_kind {
        ProvinceKind::CentralCity => {
            if let Some(i) = wanted(Condition::CentralCity) {
                return Some(i);
            }
        }
        ProvinceKind::Province => {
            if let Some(i) = wanted(Condition::Province) {
                return Some(i);
            }
        }
        ProvinceKind::Unknown => {}
    }
    let text = doc.text();
    let tokens = doc.tokens();
    let next = tokens.get(last_tok + 1);
    let next2 = tokens.get(last_tok + 2);
    // Keys of the neighbours (`None` at the ends of the document), read from the Doc only
    // where a rule needs them.
    let nk = || (last_tok + 1 < doc.len()).then(|| doc.key(last_tok + 1));
    let pk = || first_tok.checked_sub(1).map(|k| doc.key(k));
    // `TP.`, `TP.HCM`, `công an TP,`: the city. `Trưởng phòng` stands before the name of its
    // department (a capitalised word), so only then do both readings remain.
    if wanted(Condition::Place).is_some() && wanted(Condition::Title).is_some() {
        let dot = text.as_bytes().get(end) == Some(&b'.');
        let hcm = next.is_some_and(|t| t.text() == "HCM")
            || (dot && next2.is_some_and(|t| t.text() == "HCM"));
        let before_name = next.is_some_and(|t| t.kind() == TokenKind::Word && t.is_capitalized());
        if dot || hcm || !before_name {
            return wanted(Condition::Place);
        }
        return None;
    }
    if wanted(Condition::Conference).is_some() && wanted(Condition::Place).is_some() {
        let (nk, pk) = (nk(), pk());
        if nk.is_some_and(|k| CONFERENCE_NEXT.contains(&k))
            || pk.is_some_and(|k| CONFERENCE_PREV.contains(&k))
        {
            return wanted(Condition::Conference);
        }
        if pk.is_some_and(|k| PLACE_PREV.contains(&k)) {
            return wanted(Condition::Place);
        }
    }
    // `ĐH`: a congress by its words, a university after school words or before the capitalised
    // name of a school (`ĐH Bách khoa`, `ĐH Quốc gia`).
    if wanted(Condition::Conference).is_some() && wanted(Condition::School).is_some() {
        let pk = pk();
        let congress_next = (1..=3)
            .any(|n| last_tok + n < doc.len() && CONGRESS_NEXT.contains(&doc.key(last_tok + n)));
        if congress_next || pk.is_some_and(|k| CONGRESS_PREV.contains(&k)) {
            return wanted(Condition::Conference);
        }
        let school_name = next.is_some_and(|t| t.kind() == TokenKind::Word && t.is_capitalized());
        if school_name || pk.is_some_and(|k| SCHOOL_PREV.contains(&k)) {
            return wanted(Condition::School);
        }
    }
    None
}
