//! Spelled-out Vietnamese numbers (`hai mươi mốt`, `một trăm linh năm`) and Roman numerals.
//!
//! Every function here works on lookup keys (lowercase NFC with traditional tone placement, as
//! `hanhchinh_text::key` gives them), one key per syllable.
//!
//! Rules (from standard Vietnamese grammar of numerals):
//! * units `không` 0, `một` 1, `hai` 2, `ba` 3, `bốn` 4, `năm` 5, `sáu` 6, `bảy`/`bẩy` 7,
//!   `tám` 8, `chín` 9; `mười` 10; tens `<2..9> mươi`;
//! * after `mươi`, 1 is `mốt` (`hai mươi mốt` 21; `một` is accepted too) and 4 may be `tư`
//!   (`ba mươi tư` 34); after `mười` or `mươi`, 5 is `lăm` or `nhăm` (`mười lăm` 15, `hai mươi
//!   nhăm` 25). `năm` is not read as 5 there, because `hai mươi năm` is "twenty years";
//! * `linh` or `lẻ` marks an empty tens place (`một trăm linh năm` 105, `hai nghìn lẻ tư` 2004);
//! * `trăm` 100; scale words `nghìn`/`ngàn` 10^3, `vạn` 10^4 (ten thousand, in figures of
//!   harvests and crowds: `61,8 vạn tấn`), `triệu` 10^6, `tỷ`/`tỉ` 10^9 combine by
//!   multiplication (`nghìn tỷ` 10^12) and by addition to the right;
//! * a bare unit after `trăm` or after a scale word is not read as part of the number (`hai
//!   trăm năm` is "two hundred years"), the colloquial `một trăm hai` (120) is not supported.

use crate::Decimal;

/// Value of a unit word in the units position (no `mốt`, `lăm`, `nhăm`).
pub(crate) fn unit(word: &str) -> Option<u8> {
    Some(match word {
        "không" => 0,
        "một" => 1,
        "hai" => 2,
        "ba" => 3,
        "bốn" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" | "bẩy" => 7,
        "tám" => 8,
        "chín" => 9,
        _ => return None,
    })
}

/// Value of a unit word after the tens: after `mươi` (`hai mươi mốt`, 21) when `muoi`, after
/// `mười` (`mười một`, 11: no `mốt` after ten) otherwise.
fn after_tens(word: &str, muoi: bool) -> Option<u8> {
    match word {
        "mốt" if muoi => Some(1),
        "một" => Some(1),
        "tư" => Some(4),
        "lăm" | "nhăm" => Some(5),
        "năm" | "không" => None,
        w => unit(w),
    }
}

/// Value of a unit word after `linh`/`lẻ`.
fn after_linh(word: &str) -> Option<u8> {
    match word {
        "tư" => Some(4),
        "không" => None,
        w => unit(w),
    }
}

/// Power of ten of a scale word.
pub(crate) fn scale(word: &str) -> Option<u32> {
    Some(match word {
        "nghìn" | "ngàn" => 3,
        "vạn" => 4,
        "triệu" => 6,
        "tỷ" | "tỉ" => 9,
        _ => return None,
    })
}

/// True for a word that can be part of a spelled-out number.
pub(crate) fn is_number_word(word: &str) -> bool {
    unit(word).is_some()
        || scale(word).is_some()
        || matches!(
            word,
            "mười" | "mươi" | "trăm" | "linh" | "lẻ" | "mốt" | "lăm" | "nhăm" | "tư"
        )
}

/// True for a word that can start a spelled-out number.
pub(crate) fn starts_number(word: &str) -> bool {
    unit(word).is_some() || word == "mười"
}

/// Parses a number below 1000 at the start of `words`; returns its value, the number of words
/// used and whether it is more than a bare unit word (has `trăm`, `mười`, `mươi` or `linh`).
fn chunk(words: &[&str], after_scale: bool) -> Option<(u32, usize, bool)> {
    let w = |i: usize| words.get(i).copied().unwrap_or("");
    let mut value = 0u32;
    let mut i = 0;
    let mut hundreds = false;
    if let Some(d) = unit(w(0)) {
        if w(1) == "trăm" {
            value = u32::from(d) * 100;
            i = 2;
            hundreds = true;
        }
    }
    if (w(i) == "linh" || w(i) == "lẻ") && (hundreds || after_scale) {
        if let Some(d) = after_linh(w(i + 1)) {
            return Some((value + u32::from(d), i + 2, true));
        }
        return hundreds.then_some((value, i, true));
    }
    if w(i) == "mười" {
        value += 10;
        i += 1;
        if let Some(d) = after_tens(w(i), false) {
            value += u32::from(d);
            i += 1;
        }
        return Some((value, i, true));
    }
    if let Some(d) = unit(w(i)) {
        if d >= 2 && w(i + 1) == "mươi" {
            value += u32::from(d) * 10;
            i += 2;
            if let Some(u) = after_tens(w(i), true) {
                value += u32::from(u);
                i += 1;
            }
            return Some((value, i, true));
        }
        if !hundreds && !after_scale {
            return Some((u32::from(d), 1, false));
        }
    }
    hundreds.then_some((value, i, true))
}

/// One piece of a spelled-out number: a chunk below 1000 or a scale word.
#[derive(Clone, Copy)]
enum Piece {
    Chunk(u32),
    Scale(u32),
}

/// Reads the longest spelled-out number at the start of `words`.
///
/// Returns `(value, words used, compound)`, where `compound` is false for a single unit word
/// (`hai`), which running-text scanning treats with care (`hai tập thể` vs `thứ hai`).
/// `Err(())` means the words form a number too large for [`Decimal`].
pub(crate) fn parse_words(words: &[&str]) -> Option<Result<(Decimal, usize, bool), ()>> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut i = 0;
    let mut compound = false;
    let (v, n, c) = chunk(words, false)?;
    pieces.push(Piece::Chunk(v));
    i += n;
    compound |= c;
    loop {
        let mut saw_scale = false;
        while let Some(s) = words.get(i).and_then(|w| scale(w)) {
            pieces.push(Piece::Scale(s));
            i += 1;
            saw_scale = true;
            compound = true;
        }
        if !saw_scale {
            break;
        }
        match chunk(words.get(i..).unwrap_or(&[]), true) {
            Some((v, n, _)) if n > 0 => {
                pieces.push(Piece::Chunk(v));
                i += n;
            }
            _ => break,
        }
    }
    Some(evaluate(&pieces).map(|d| (d, i, compound)).ok_or(()))
}

/// Value of a sequence of pieces: split at the first occurrence of the largest scale (with
/// the scale words right after it multiplying in): `left × 10^scale + right`.
fn evaluate(pieces: &[Piece]) -> Option<Decimal> {
    let max = pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Scale(s) => Some(*s),
            Piece::Chunk(_) => None,
        })
        .max();
    let Some(max) = max else {
        return pieces.iter().try_fold(Decimal::ZERO, |acc, p| match p {
            Piece::Chunk(v) => acc.checked_add(Decimal::from_int(i64::from(*v))),
            Piece::Scale(_) => None,
        });
    };
    let at = pieces
        .iter()
        .position(|p| matches!(p, Piece::Scale(s) if *s == max))?;
    let left = pieces.get(..at)?;
    let mut exp = 0u32;
    let mut j = at;
    while let Some(Piece::Scale(s)) = pieces.get(j) {
        exp = exp.checked_add(*s)?;
        j += 1;
    }
    let left = if left.is_empty() {
        Decimal::from_int(1)
    } else {
        evaluate(left)?
    };
    let right = match pieces.get(j..) {
        Some(r) if !r.is_empty() => evaluate(r)?,
        _ => Decimal::ZERO,
    };
    left.checked_mul_pow10(exp)?.checked_add(right)
}

/// Value of an ordinal word after `thứ`: `nhất` 1, `tư` 4, or a spelled-out number.
pub(crate) fn ordinal_word(word: &str) -> Option<u8> {
    match word {
        "nhất" => Some(1),
        "tư" => Some(4),
        "mười" => Some(10),
        w => unit(w).filter(|&d| d >= 2),
    }
}

/// Value of an uppercase Roman numeral in canonical form (`XIII` 13, `IV` 4), 1 to 3999.
pub(crate) fn roman(s: &str) -> Option<u16> {
    if s.is_empty() || s.len() > 15 {
        return None;
    }
    let val = |c: u8| -> Option<i32> {
        Some(match c {
            b'I' => 1,
            b'V' => 5,
            b'X' => 10,
            b'L' => 50,
            b'C' => 100,
            b'D' => 500,
            b'M' => 1000,
            _ => return None,
        })
    };
    let bytes = s.as_bytes();
    let mut total: i32 = 0;
    for (i, &c) in bytes.iter().enumerate() {
        let v = val(c)?;
        let next = match bytes.get(i + 1) {
            Some(&n) => val(n)?,
            None => 0,
        };
        if v < next {
            total -= v;
        } else {
            total += v;
        }
    }
    let total = u16::try_from(total).ok()?;
    (total > 0 && total < 4000 && to_roman(total) == s).then_some(total)
}

fn to_roman(mut n: u16) -> String {
    const TABLE: [(u16, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn val(s: &str) -> (String, usize) {
        let words: Vec<&str> = s.split(' ').collect();
        let (d, n, _) = parse_words(&words).unwrap().unwrap();
        (d.to_string(), n)
    }

    #[test]
    fn spelled_numbers() {
        assert_eq!(val("mười lăm"), ("15".into(), 2));
        assert_eq!(val("hai mươi mốt"), ("21".into(), 3));
        assert_eq!(val("một trăm linh năm"), ("105".into(), 4));
        assert_eq!(val("hai nghìn không trăm hai mươi ba"), ("2023".into(), 7));
        assert_eq!(val("ba mươi tư"), ("34".into(), 3));
        assert_eq!(val("hai mươi nhăm"), ("25".into(), 3));
        assert_eq!(val("hai nghìn lẻ tư"), ("2004".into(), 4));
        assert_eq!(val("một tỷ hai trăm triệu"), ("1200000000".into(), 5));
        assert_eq!(val("hai nghìn tỷ"), ("2000000000000".into(), 3));
        assert_eq!(
            val("ba trăm nghìn tỷ hai trăm tỷ"),
            ("300200000000000".into(), 7)
        );
        assert_eq!(val("mười"), ("10".into(), 1));
        assert_eq!(val("chín trăm chín mươi chín"), ("999".into(), 5));
    }

    #[test]
    fn stops_before_nouns() {
        assert_eq!(val("hai mươi năm"), ("20".into(), 2));
        assert_eq!(val("hai trăm năm"), ("200".into(), 2));
        assert_eq!(val("ba nghìn năm"), ("3000".into(), 2));
        assert_eq!(val("hai tập"), ("2".into(), 1));
        assert!(parse_words(&["trăm"]).is_none());
        assert!(parse_words(&["mươi"]).is_none());
    }

    #[test]
    fn overflow_is_an_error() {
        let w = ["một", "tỷ", "tỷ", "tỷ", "tỷ"];
        assert!(parse_words(&w).unwrap().is_err());
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman("XIII"), Some(13));
        assert_eq!(roman("IV"), Some(4));
        assert_eq!(roman("I"), Some(1));
        assert_eq!(roman("MCMXLV"), Some(1945));
        assert_eq!(roman("IIII"), None);
        assert_eq!(roman("IC"), None);
        assert_eq!(roman("xiii"), None);
        assert_eq!(roman("HĐND"), None);
    }
}
