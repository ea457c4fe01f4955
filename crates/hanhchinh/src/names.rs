//! Shared helpers for names in running text (persons, bare unit names).

use hanhchinh_text::Token;

/// The maximal runs of name words (`name_words[k]`: token `k` can be a syllable of a name),
/// each token separated from the next by spaces only: `Trần Đức Hoạt` in
/// `đồng chí Trần Đức Hoạt - TUV`. Runs are token index ranges, in text order.
pub(crate) fn name_runs<'s, 'a: 's>(
    text: &'s str,
    tokens: &'s [Token<'a>],
    name_words: &'s [bool],
) -> impl Iterator<Item = std::ops::Range<usize>> + 's {
    let nw = move |k: usize| name_words.get(k).copied().unwrap_or(false);
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < tokens.len() && !nw(i) {
            i += 1;
        }
        if i >= tokens.len() {
            return None;
        }
        let mut j = i + 1;
        while let (Some(p), Some(n)) = (tokens.get(j - 1), tokens.get(j)) {
            if nw(j) && spaced(text, p, n) {
                j += 1;
            } else {
                break;
            }
        }
        let run = i..j;
        i = j;
        Some(run)
    })
}

/// Only spaces (no line break) between two tokens.
pub(crate) fn spaced(text: &str, a: &Token<'_>, b: &Token<'_>) -> bool {
    match text.get(a.end()..b.start()) {
        Some(gap) => {
            !gap.is_empty()
                && gap
                    .chars()
                    .all(|c| c.is_whitespace() && c != '\n' && c != '\r')
        }
        None => false,
    }
}

/// Place and institution nouns: a name right after one of them (up to two words between) is the
/// name of the place (`Trường THCS Trần Phú`, `Ngã tư Tô Hiệu`, `phố Hàng Bài`).
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "trường",
    "đường",
    "phố",
    "ngõ",
    "ngách",
    "hẻm",
    "cầu",
    "chùa",
    "đền",
    "đình",
    "phủ",
    "miếu",
    "ngã",
    "quảng",
    "viện",
    "thôn",
    "xóm",
    "khu",
    "làng",
    "ấp",
    "bản",
    "cụm",
    "lăng",
    "bến",
    "chợ",
    "sông",
    "núi",
    "đảo",
    "hồ",
    "kênh",
    "đập",
    "cảng",
    "ga",
    "tượng",
    "giải",
    "quỹ",
    "công",
    "tàu",
    "thcs",
    "thpt",
    "mầm",
    "tiểu",
    "khách",
    "hội",
    "lớp",
    "tuyến",
];

/// Whether the token is the word `lower` (given in lowercase NFC), in any case, without
/// allocating. Decomposed (NFD) spellings fall back to `hanhchinh_text::key`.
pub(crate) fn word_is(t: &Token<'_>, lower: &str) -> bool {
    let s = t.text();
    // Every word asked for starts with an ASCII letter: a cheap first filter.
    match (s.as_bytes().first(), lower.as_bytes().first()) {
        (Some(a), Some(b)) if a.to_ascii_lowercase() == *b => {}
        _ => return false,
    }
    if s.len() < lower.len() {
        return false;
    }
    if s.is_ascii() {
        return s.eq_ignore_ascii_case(lower);
    }
    if s.len() == lower.len() && s.chars().flat_map(char::to_lowercase).eq(lower.chars()) {
        return true;
    }
    // Only a decomposed spelling can still be equal: it carries combining marks.
    s.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)) && t.key() == lower
}
