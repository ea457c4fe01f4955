//! Where the name of a unit inside a title ends: the lower-case words that stop it (a verb,
//! a preposition, a quantifier), unless they make a noun with the word beside them; long
//! lower-case names that reach a level word or a comma; the fields of a name listed with
//! commas (`Sở Văn hóa, Thể thao và Du lịch`).

use super::parser::{Item, Parser};

/// Lower-case words that end a title (a verb or a function word after it).
const STOP: &[&str] = &[
    "đã", "đang", "sẽ", "cùng", "và", "với", "tại", "trao", "cho", "của", "về", "đến", "có", "là",
    "được", "phát", "nhấn", "chủ", "tiếp", "dự", "thăm", "ghi", "các", "những", "trong", "theo",
    "để", "khi", "thì", "này", "đó", "đồng", "ông", "bà", "kiêm", "trực", "báo", "đọc", "trình",
    "nêu", "cũng", "vừa", "lên", "ra", "vào", "từ", "giữ", "làm", "nhận", "thôi", "bổ", "phụ",
    "sinh", "nhiệm", "ở",
];

/// Stop words that, with the word beside them, make a noun of a unit's name (`Ban Quản lý dự
/// án`, `Ban Quản lý các khu công nghiệp`, `Ban Quản lý dự án đầu tư xây dựng công trình`).
const STOP_COMPOUNDS: &[(&str, &str)] = &[
    ("dự", "án"),
    ("dự", "toán"),
    ("phát", "triển"),
    ("phát", "thanh"),
    ("đồng", "bằng"),
    ("báo", "chí"),
    ("nhà", "báo"),
    ("các", "khu"),
    ("công", "trình"),
];

/// The stop words that are no syllable of any unit's name in `data/gazetteer` (`đồng` of `Đồng
/// Nai`, `từ` of `Nam Từ Liêm`, `phú`... are left out): in a title written in capitals, where
/// the case tells nothing, they still end it (`BÍ THƯ TỈNH ỦY QUẢNG NAM THĂM HỎI`).
const CAPITALS_STOP: &[&str] = &[
    "đã", "đang", "sẽ", "với", "tại", "trao", "cho", "của", "về", "đến", "được", "nhấn", "tiếp",
    "dự", "thăm", "ghi", "những", "trong", "theo", "để", "khi", "này", "đó", "kiêm", "đọc", "nêu",
    "cũng", "vừa", "lên", "vào", "giữ", "làm", "nhận", "thôi", "bổ", "nhiệm", "ở",
];

impl Parser<'_, '_, '_> {
    /// Whether the word at `k`, written in capitals, ends a title: one of [`CAPITALS_STOP`].
    pub(super) fn is_capitals_stop(&self, k: usize) -> bool {
        CAPITALS_STOP.contains(&self.doc.key(k))
    }

    /// Whether the lower-case word at `k` ends a unit's name: a stop word (a verb, a
    /// preposition, a quantifier) that makes no noun with the word before or after it.
    pub(super) fn is_stop(&self, k: usize) -> bool {
        let key = self.doc.key(k);
        STOP.contains(&key)
            && !STOP_COMPOUNDS.iter().any(|&(a, b)| {
                (a == key && self.doc.is(k + 1, b) && self.doc.spaced(k + 1))
                    || (b == key
                        && k.checked_sub(1).is_some_and(|p| self.doc.is(p, a))
                        && self.doc.spaced(k))
            })
    }

    /// Whether the lower-case words from token `k` on (at most `most`, none a stop word) end
    /// where a unit's name ends: at a level word, a comma, a semicolon, a closing bracket or the
    /// end of the text (`Ban Quản lý dự án đầu tư xây dựng huyện`); a name longer than four
    /// lower-case words is read only so far.
    pub(super) fn lower_name_closes(&self, mut k: usize, most: usize) -> bool {
        for _ in 0..most {
            match self.item(k) {
                None => return true,
                Some((Item::Level, _)) => return true,
                Some((Item::Lower, to)) if to == k + 1 && !self.is_stop(k) => {
                    k += 1;
                }
                Some(_) => {
                    return self
                        .tok(k)
                        .is_some_and(|t| matches!(t.text(), "," | ";" | ")"));
                }
            }
        }
        false
    }

    /// Whether the two words before token `k` are names (capitalised words that are no title
    /// word), spaced: a proper name (`Việt Nam`, `Hà Nội`) ends there, not the first field of
    /// a name in sentence case (`Sở Tài nguyên`, `Ban Tuyên giáo`).
    pub(super) fn after_proper_name(&self, k: usize) -> bool {
        let name = |j: usize| {
            self.item(j)
                .is_some_and(|(n, to)| n == Item::Name && to == j + 1)
        };
        k >= 2 && name(k - 1) && name(k - 2) && self.doc.spaced(k - 1) && self.doc.spaced(k)
    }

    /// Whether a rank, a degree or an honour is written from token `k` (`Thiếu tướng`, `Tiến
    /// sĩ`, `Nhà giáo Ưu tú`): it opens the next person, never a field of a unit's name
    /// (`Giám đốc Sở Tư pháp và Thiếu tướng Trần Văn Ba`).
    pub(super) fn rank_starts(&self, k: usize) -> bool {
        let mut key = String::new();
        for j in k..k + 3 {
            if self.tok(j).is_none() || (j > k && !self.doc.spaced(j)) {
                return false;
            }
            if j > k {
                key.push(' ');
            }
            key.push_str(self.doc.key(j));
            if self.lex.rank_by_key_of(&key).is_some() {
                return true;
            }
        }
        false
    }

    /// Whether the words from token `k` on are the last fields of a list in a unit's name,
    /// after a comma: each a capitalised word that begins no person's name (no surname) and
    /// no title, with at most two lower-case words after it, separated by commas, the last two
    /// by `và` (`Thể thao và Du lịch`, `Thông tin, Thể thao và Du lịch`).
    pub(super) fn fields_after_comma(&self, mut k: usize) -> bool {
        for _ in 0..4 {
            let starts_field = self
                .item(k)
                .is_some_and(|(n, to)| n == Item::Name && to == k + 1)
                && self.tok(k).is_some_and(|t| !self.lex.is_surname(t.text()));
            if !starts_field {
                return false;
            }
            k += 1;
            let mut lower = 0;
            while lower < 2
                && !self.doc.is(k, "và")
                && self
                    .item(k)
                    .is_some_and(|(n, to)| n == Item::Lower && to == k + 1)
            {
                k += 1;
                lower += 1;
            }
            if self.doc.is(k, "và") {
                return self.item(k + 1).is_some_and(|(n, _)| n == Item::Name);
            }
            if !(self.tok(k).is_some_and(|t| t.is_char(',')) && self.doc.touches(k)) {
                return false;
            }
            k += 1;
        }
        false
    }
}
