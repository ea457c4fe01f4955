//! Where in a text the scanner needs tokens at all.
//!
//! Every item is anchored near a *candidate*: an ASCII digit, a number word that a reported
//! spelled-out number must contain (`mười`, `mươi`, `trăm`, `nghìn`, `ngàn`, `triệu`, `tỷ`,
//! `tỉ`), `thứ` (ordinals), a run of Roman-numeral capitals standing alone, or a capitalized
//! heavenly stem (lunar years). The scanner never looks further than a few tokens around its
//! anchor, so [`find`](crate::find) tokenizes only windows of [`BEFORE`] whitespace-separated
//! words before and [`AFTER`] after each candidate, and skips the rest. `find_in_tokens` over
//! the whole text gives the same items (tested on the seed pages and by a property test).

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

/// Words of context kept before a candidate.
pub(crate) const BEFORE: usize = 6;
/// Words of context kept after a candidate.
pub(crate) const AFTER: usize = 12;

const WORDS: &[&str] = &[
    "mười", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "thứ",
];
const STEMS: &[&str] = &[
    "giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý",
];

fn capitalized(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The automaton of candidate words, in lowercase, capitalized and upper-case forms (stems
/// only capitalized and upper-case, as the scanner requires).
fn automaton() -> Option<&'static AhoCorasick> {
    static AC: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    AC.get_or_init(|| {
        let mut pats: Vec<String> = Vec::new();
        for w in WORDS {
            pats.push((*w).to_owned());
            pats.push(capitalized(w));
            pats.push(w.to_uppercase());
        }
        for w in STEMS {
            pats.push(capitalized(w));
            pats.push(w.to_uppercase());
        }
        AhoCorasick::new(&pats).ok()
    })
    .as_ref()
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Start of the `n`-th whitespace-separated word before the word holding byte `p`.
fn back_words(b: &[u8], mut p: usize, n: usize) -> usize {
    while p > 0 && b.get(p - 1).is_some_and(|&x| !is_space(x)) {
        p -= 1;
    }
    for _ in 0..n {
        while p > 0 && b.get(p - 1).is_some_and(|&x| is_space(x)) {
            p -= 1;
        }
        while p > 0 && b.get(p - 1).is_some_and(|&x| !is_space(x)) {
            p -= 1;
        }
    }
    p
}

/// End of the `n`-th whitespace-separated word after the word holding byte `p`.
fn forward_words(b: &[u8], mut p: usize, n: usize) -> usize {
    while b.get(p).is_some_and(|&x| !is_space(x)) {
        p += 1;
    }
    for _ in 0..n {
        while b.get(p).is_some_and(|&x| is_space(x)) {
            p += 1;
        }
        while b.get(p).is_some_and(|&x| !is_space(x)) {
            p += 1;
        }
    }
    p
}

/// Byte ranges of `text` that must be tokenized, in order, disjoint, on whitespace
/// boundaries; `None` when the whole text must be (decomposed input, no automaton).
pub(crate) fn windows(text: &str, stems: bool) -> Option<Vec<(usize, usize)>> {
    let b = text.as_bytes();
    if b.iter().any(|&x| x == 0xCC || x == 0xCD) {
        return None;
    }
    let ac = automaton()?;
    let mut cands: Vec<usize> = Vec::new();
    // Digits (the first of each run) and Roman-numeral runs standing alone.
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x.is_ascii_digit() {
            cands.push(i);
            while b
                .get(i)
                .is_some_and(|c| c.is_ascii_digit() || b".,:/-".contains(c))
            {
                i += 1;
            }
            continue;
        }
        if b"IVXLCDM".contains(&x)
            && (i == 0
                || b.get(i - 1)
                    .is_some_and(|&p| !p.is_ascii_alphanumeric() && p < 0x80))
        {
            let mut j = i;
            while b.get(j).is_some_and(|c| b"IVXLCDM".contains(c)) {
                j += 1;
            }
            if !b
                .get(j)
                .is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80)
            {
                cands.push(i);
            }
            i = j;
            continue;
        }
        i += 1;
    }
    let before = cands.len();
    for m in ac.find_iter(text) {
        let pat = m.pattern().as_usize();
        if pat >= WORDS.len() * 3 && !stems {
            continue;
        }
        cands.push(m.start());
    }
    if cands.len() != before {
        cands.sort_unstable();
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    for p in cands {
        let s = back_words(b, p, BEFORE);
        let e = forward_words(b, p, AFTER);
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn word_steps() {
        let t = b"a bb ccc dddd eeeee";
        assert_eq!(back_words(t, 10, 1), 5);
        assert_eq!(back_words(t, 10, 9), 0);
        assert_eq!(forward_words(t, 5, 1), 13);
        assert_eq!(forward_words(t, 5, 9), t.len());
    }

    #[test]
    fn windows_cover_candidates_only() {
        let filler = "một hai ba bốn năm sáu bảy tám chín mười một";
        let plain = "không có số nào ở đây cả ".repeat(20);
        let text = format!("{plain}có 2.309 doanh nghiệp {plain}");
        let w = windows(&text, false).unwrap();
        assert_eq!(w.len(), 1);
        let (s, e) = w[0];
        assert!(text[s..e].contains("2.309") && e - s < 120);
        assert!(!windows(filler, false).unwrap().is_empty());
        assert!(windows("khóa XIII và HĐND", false).unwrap().len() == 1);
        assert!(windows("CHỨC MTTQ", false).unwrap().is_empty());
        assert!(windows("Giáp Thìn", false).unwrap().is_empty());
        assert!(windows("Giáp Thìn", true).unwrap().len() == 1);
        assert!(windows("ho\u{0300}a", false).is_none());
    }
}
