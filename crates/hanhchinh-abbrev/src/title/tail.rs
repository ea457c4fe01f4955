//! The tail of a title: what follows its role (`Chủ tịch` **`HĐND quận`**, `Trưởng` **`Ban
//! Nội chính Tỉnh ủy`**): the organ, the term of an elected body, the level word and the place.

use hanhchinh_text::vocab::{self, Level};
use hanhchinh_text::{Case, Token, TokenKind};

use super::parser::{is_dash, Item, Parser};
use super::UnitParts;

impl Parser<'_, '_, '_> {
    /// Organ, term, level and place after a role: `HĐND quận`, `Ban Nội chính Tỉnh ủy`,
    /// `Ban Thi đua khen thưởng Thành phố Hà Nội`, `Quốc hội khóa XV tỉnh Tuyên Quang`,
    /// `UBND TP.HCM`, `Tỉnh ủy Bà Rịa-Vũng Tàu`; from `state` (0 = nothing yet, 1 = inside a
    /// unit opened by a head noun).
    pub(super) fn tail_from(&self, i: usize, state: u8) -> Option<(Tail, usize)> {
        let mut organ: Vec<String> = Vec::new();
        let mut level: Option<String> = None;
        let mut place: Vec<String> = Vec::new();
        let mut term: Option<String> = None;
        // Every part in text order, for the expanded form.
        let mut seq: Vec<String> = Vec::new();
        let mut complete = true;
        let mut j = i;
        // State: 0 = nothing yet, 1 = after a head noun (lower-case words allowed),
        // 2 = after a complete organ, 3 = after the level word.
        let mut state = state;
        let mut lower_run = 0;
        // Whether the last part pushed was a name (of the organ or of the place).
        let mut after_name = false;
        let mut after_organ = false;
        let mut after_head = false;
        while let Some(p) = self.piece(j) {
            let was_name = after_name;
            let was_organ = after_organ;
            let was_head = after_head;
            after_name = false;
            after_organ = false;
            after_head = false;
            let mut next = p.to;
            match p.item {
                // A head noun in lower case that is also a stop word heads nothing unless a
                // name follows it: `báo Nhân Dân`, but `Bí thư Huyện ủy Ba Chẽ báo cáo` (the
                // verb `báo cáo`, to report) ends the title.
                Item::Head
                    if state < 3
                        && !(self.doc.case(p.from) == Case::Lower
                            && self.is_stop(p.from)
                            && !self.item(p.to).is_some_and(|(n, _)| n == Item::Name)) =>
                {
                    state = 1;
                    lower_run = 0;
                    organ.push(p.out.to_string());
                    after_head = true;
                }
                // Military units and teams are numbered: `Lữ đoàn 146`, `Sư đoàn 312`, `Đội 3`,
                // `Quân khu 4`.
                Item::Other
                    if was_head
                        && self.doc.spaced(j)
                        && matches!(self.doc.key(j.saturating_sub(1)), "đoàn" | "đội" | "khu")
                        && self.digits_at(j, 4) =>
                {
                    organ.push(p.out.to_string());
                    after_name = true;
                }
                Item::Organ | Item::OrganAbbr | Item::TitleAbbr if state < 3 => {
                    state = 2;
                    complete &= !p.undecided;
                    organ.push(p.out.to_string());
                    after_organ = true;
                }
                // `Phát thanh, Truyền hình`, the set phrase of broadcasting, keeps its comma:
                // `Báo và Phát thanh, Truyền hình Tuyên Quang`.
                Item::Other
                    if state == 1
                        && self.tok(j).is_some_and(|t| t.is_char(','))
                        && self.doc.touches(j)
                        && self.doc.are(j.saturating_sub(2), &["phát", "thanh"])
                        && self.doc.are(j + 1, &["truyền", "hình"]) =>
                {
                    for v in [&mut organ, &mut seq] {
                        if let Some(last) = v.last_mut() {
                            last.push(',');
                        }
                    }
                    j = p.to;
                    continue;
                }
                // The comma between two fields of a unit's name: `Sở Văn hóa, Thể thao và Du
                // lịch`, `Trung tâm Văn hóa, Thông tin và Thể thao huyện`.
                Item::Other
                    if state == 1
                        && !organ.is_empty()
                        && self.tok(j).is_some_and(|t| t.is_char(','))
                        && self.doc.touches(j)
                        && self.fields_after_comma(j + 1) =>
                {
                    for v in [&mut organ, &mut seq] {
                        if let Some(last) = v.last_mut() {
                            last.push(',');
                        }
                    }
                    j = p.to;
                    continue;
                }
                // Two organs one office serves: `Văn phòng HĐND và UBND`, `HĐND - UBND`.
                Item::Lower | Item::Other
                    if was_organ
                        && (self.doc.is(j, "và") || self.tok(j).is_some_and(is_dash))
                        && self.doc.spaced(j) == self.doc.spaced(j + 1)
                        && self
                            .item(p.to)
                            .is_some_and(|(n, _)| matches!(n, Item::Organ | Item::OrganAbbr)) =>
                {
                    organ.push(p.out.to_string());
                }
                Item::OtherAbbr if state == 1 || state == 2 => {
                    complete &= !p.undecided;
                    organ.push(p.out.to_string());
                }
                // The name of a place written as an abbreviation (`HCM` of `TP.HCM`).
                Item::OtherAbbr if state == 3 && !p.undecided && starts_upper(&p.out) => {
                    place.push(p.out.to_string());
                }
                Item::Level | Item::LevelAbbr
                    if level.is_none() && (p.item == Item::Level || state > 0) =>
                {
                    state = 3;
                    level = Some(p.out.to_string());
                    // `TP.HCM`, `TP. Hạ Long`: the dot of the abbreviation.
                    if p.item == Item::LevelAbbr
                        && self.tok(p.to).is_some_and(|t| t.is_char('.'))
                        && self.doc.touches(p.to)
                    {
                        next = p.to + 1;
                    }
                }
                // After the level word, a capitalised head noun is a syllable of the place's
                // name (`TP Hải Phòng`, `thành phố Hội An`), not the head of another unit.
                Item::Name | Item::Head
                    if state == 3
                        && (p.item == Item::Name
                            || p.to == p.from + 1 && self.doc.is_name_word(p.from)) =>
                {
                    place.push(p.out.to_string());
                    after_name = true;
                }
                // `số` before the number of a ward or a village (`tổ dân phố số 3`).
                Item::Lower
                    if self.doc.is(j, "số")
                        && (state == 3 && place.is_empty()
                            || state == 1 && self.village_word_before(j))
                        && self.doc.spaced(j + 1)
                        && self.digits_at(j + 1, 2) => {}
                // A numbered ward or village: `phường 5`, `Trưởng thôn 3`, and inside a unit
                // opened by a head noun `Chi bộ thôn 5`.
                Item::Other
                    if (state == 3 && place.is_empty()
                        || state == 1 && self.village_word_before(j))
                        && self.doc.spaced(j)
                        && self.digits_at(j, 2)
                        && !self.doc.is(j + 1, "năm") =>
                {
                    place.push(p.out.to_string());
                }
                Item::Name | Item::Level if state == 1 || state == 2 => {
                    organ.push(p.out.to_string());
                    after_name = p.item == Item::Name;
                    if after_name {
                        lower_run = 0;
                    }
                }
                // `Thường trực` inside a unit opened by a head noun, before the unit it
                // belongs to: `Trưởng ban Thường trực Ban Tổ chức`.
                Item::Modifier
                    if state == 1
                        && self.is_piece(&p, &["thường", "trực"])
                        && self.item(p.to).is_some_and(|(n, _)| {
                            matches!(n, Item::Head | Item::Organ | Item::OrganAbbr)
                        }) =>
                {
                    organ.push(p.out.to_string());
                }
                // A capitalised modifier after a name is a syllable of it (`Thái Nguyên`,
                // `Phú Quyền`): a modifier opens a title, not the second word of a name. So is
                // a lower-case one inside a unit's name (`Sở Tài nguyên và Môi trường`) when no
                // role follows it.
                Item::Modifier
                    if was_name
                        && state >= 1
                        && p.to == p.from + 1
                        && (self.doc.is_name_word(p.from)
                            || state < 3
                                && self.doc.case(p.from) == Case::Lower
                                && !self.item(p.to).is_some_and(|(n, _)| {
                                    matches!(n, Item::Role | Item::Modifier)
                                }))
                        && self.doc.spaced(p.from) =>
                {
                    if state == 3 {
                        place.push(p.out.to_string());
                    } else {
                        organ.push(p.out.to_string());
                    }
                    after_name = true;
                }
                // A hyphenated place name: `Bà Rịa-Vũng Tàu`, `Thừa Thiên-Huế` (no spaces).
                Item::Other
                    if was_name
                        && self.tok(j).is_some_and(|t| t.is_char('-'))
                        && self.doc.touches(j)
                        && self.doc.touches(j + 1)
                        && self.item(j + 1).is_some_and(|(n, _)| n == Item::Name) =>
                {
                    let Some(n) = self.piece(j + 1) else { break };
                    let glue = |v: &mut Vec<String>| {
                        if let Some(last) = v.last_mut() {
                            last.push('-');
                            last.push_str(&n.out);
                        }
                    };
                    if state == 3 {
                        glue(&mut place);
                    } else {
                        glue(&mut organ);
                    }
                    glue(&mut seq);
                    after_name = true;
                    j = n.to;
                    continue;
                }
                // The term of an elected body: `khóa XV`, `khoá IX`, `khóa 14`.
                Item::Lower
                    if state >= 2
                        && term.is_none()
                        && matches!(self.doc.key(j), "khóa")
                        && self.tok(j + 1).is_some_and(is_term_number)
                        && self.doc.spaced(j + 1) =>
                {
                    let t = self.doc.slice(j..j + 2).to_string();
                    term = Some(t.clone());
                    seq.push(t);
                    j += 2;
                    continue;
                }
                // `của` between a body and the organ it belongs to: `Hội đồng Dân tộc của
                // Quốc hội`, `Đoàn công tác của Trung ương`.
                Item::Lower
                    if (state == 1 || state == 2)
                        && self.doc.is(j, "của")
                        && self
                            .item(p.to)
                            .is_some_and(|(n, _)| matches!(n, Item::Organ | Item::OrganAbbr)) =>
                {
                    organ.push(p.out.to_string());
                }
                Item::Lower
                    if state == 1
                        && (lower_run < 4 || self.lower_name_closes(j, 12 - lower_run)) =>
                {
                    let k = self.doc.key(p.from);
                    // A word between two capitalised words of a unit's name belongs to it:
                    // `Sở Giáo dục và Đào tạo`, `Trung tâm Dự báo Khí tượng`.
                    let next_name = self.item(p.to).is_some_and(|(n, _)| n == Item::Name)
                        && !self.rank_starts(p.to);
                    let joins_name = next_name && (k == "và" || was_name);
                    if self.is_stop(p.from) && !joins_name {
                        break;
                    }
                    // After a proper name of capitalised words (`Việt Nam`, `Hà Nội`), a
                    // lower-case word goes on with the unit's name only where the name closes
                    // after it (`Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh`): `Giáo hội Phật
                    // giáo Việt Nam chúc mừng` ends at the name.
                    if !joins_name && self.after_proper_name(j) && !self.lower_name_closes(j, 4) {
                        break;
                    }
                    // After the full name of a ministry or a department, a lower-case word is
                    // the sentence's (`Bộ trưởng Bộ Công an kiểm tra …`).
                    if !joins_name && self.lex.is_complete_body(&organ.join(" ")) {
                        break;
                    }
                    lower_run += 1;
                    organ.push(p.out.to_string());
                }
                _ => break,
            }
            seq.push(p.out.into_owned());
            j = next;
        }
        if j == i {
            return None;
        }
        let join = |v: &[String]| (!v.is_empty()).then(|| v.join(" "));
        Some((
            Tail {
                unit: UnitParts {
                    organ: join(&organ),
                    level: level.clone(),
                    place: join(&place),
                    term,
                },
                expanded: seq.join(" "),
                undecided: !complete,
                open_head: state == 1 && level.is_none(),
            },
            j,
        ))
    }
}

impl Parser<'_, '_, '_> {
    /// Whether token `j` is a number of at most `len` digits (`146` of `Lữ đoàn 146`, `5` of
    /// `phường 5`).
    fn digits_at(&self, j: usize, len: usize) -> bool {
        self.tok(j).is_some_and(|t| {
            t.kind() == TokenKind::Number
                && t.text().len() <= len
                && t.text().bytes().all(|b| b.is_ascii_digit())
        })
    }

    /// Whether a unit-type word of a village (`thôn`, `ấp`, `bản`, `khu phố`, `tổ dân phố`)
    /// ends right before token `j`, or before the `số` right before it.
    pub(super) fn village_word_before(&self, j: usize) -> bool {
        let j = match j.checked_sub(1) {
            Some(k) if self.doc.is(k, "số") => k,
            _ => j,
        };
        (1..=3).any(|n| {
            j.checked_sub(n)
                .and_then(|k| vocab::unit_type_at(self.doc, k))
                .is_some_and(|tw| tw.len() == n && tw.types().levels().all(|l| l == Level::Village))
        })
    }
}

/// Whether `t` is the number of a term: a Roman numeral (`XV`) or digits (`14`).
fn is_term_number(t: &Token<'_>) -> bool {
    let s = t.text();
    match t.kind() {
        TokenKind::Number => s.bytes().all(|b| b.is_ascii_digit()),
        TokenKind::Word => s.len() <= 7 && s.chars().all(|c| "IVXLC".contains(c)),
        _ => false,
    }
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// What follows a title's role: its unit's parts, expanded, and whether an abbreviation in it
/// was left undecided (the default, no tail, is decided).
#[derive(Default)]
pub(super) struct Tail {
    pub(super) unit: UnitParts,
    pub(super) expanded: String,
    pub(super) undecided: bool,
    /// The unit was opened by a head noun and nothing closed it (no complete organ, no level).
    pub(super) open_head: bool,
}
