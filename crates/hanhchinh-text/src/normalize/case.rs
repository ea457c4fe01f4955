//! Lower-casing without allocation for canonical text: a table of the two-byte and Latin
//! Extended Additional characters.

use once_cell::sync::Lazy;

use super::tones::decode;

/// Lower case and upper-case flag of every two-byte character (U+0080–U+07FF) and of Latin
/// Extended Additional (U+1E00–U+1EFF): `(lower, is_uppercase)`, with `lower` = `'\0'` when the
/// lower case is not one character (`İ`).
pub(super) struct CaseTable {
    two: Vec<(char, bool)>,
    latin_additional: Vec<(char, bool)>,
}

pub(super) fn case_entry(cp: u32) -> (char, bool) {
    let Some(c) = char::from_u32(cp) else {
        return ('\0', false);
    };
    let mut lower = c.to_lowercase();
    let single = match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => '\0',
    };
    (single, changes_when_lowercased(c))
}

/// Whether lower-casing changes `c`: upper-case letters, and title-case digraphs such as `ǅ`
/// (which are not upper case, but which [`key_into`] lowers all the same).
pub(super) fn changes_when_lowercased(c: char) -> bool {
    let mut lower = c.to_lowercase();
    !(lower.next() == Some(c) && lower.next().is_none())
}

pub(super) static CASES: Lazy<CaseTable> = Lazy::new(|| CaseTable {
    two: (0x80..0x800).map(case_entry).collect(),
    latin_additional: (0x1E00..0x1F00).map(case_entry).collect(),
});

impl CaseTable {
    #[inline]
    fn get(&self, cp: u32) -> Option<(char, bool)> {
        match cp {
            0x80..=0x7FF => self.two.get(cp as usize - 0x80).copied(),
            0x1E00..=0x1EFF => self.latin_additional.get(cp as usize - 0x1E00).copied(),
            _ => None,
        }
    }
}

/// Whether lower-casing changes some character of `s`.
pub(super) fn has_upper(s: &str) -> bool {
    let bytes = s.as_bytes();
    let cases = &*CASES;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if b.is_ascii_uppercase() {
                return true;
            }
            i += 1;
            continue;
        }
        let Some((cp, len)) = decode(bytes, i) else {
            return false;
        };
        let upper = match cases.get(cp) {
            Some((_, upper)) => upper,
            None => char::from_u32(cp).is_some_and(changes_when_lowercased),
        };
        if upper {
            return true;
        }
        i += len;
    }
    false
}

/// Appends `s` with every character lower-cased (`char::to_lowercase`, character by
/// character): runs of ASCII at once, the Vietnamese letters through a table.
pub(crate) fn push_lower(s: &str, out: &mut String) {
    let bytes = s.as_bytes();
    let cases = &*CASES;
    // `s[copied..i]` is already lower case and not yet written.
    let mut copied = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if b.is_ascii_uppercase() {
                out.push_str(s.get(copied..i).unwrap_or(""));
                out.push(char::from(b.to_ascii_lowercase()));
                copied = i + 1;
            }
            i += 1;
            continue;
        }
        let Some((cp, len)) = decode(bytes, i) else {
            break;
        };
        let lower = match cases.get(cp) {
            Some((lower, _)) if lower != '\0' => Some(lower),
            Some(_) => None,
            None => char::from_u32(cp).and_then(|c| {
                let mut l = c.to_lowercase();
                match (l.next(), l.next()) {
                    (Some(one), None) => Some(one),
                    _ => None,
                }
            }),
        };
        if lower.map(u32::from) != Some(cp) {
            out.push_str(s.get(copied..i).unwrap_or(""));
            match lower {
                Some(l) => out.push(l),
                None => {
                    if let Some(c) = char::from_u32(cp) {
                        out.extend(c.to_lowercase());
                    }
                }
            }
            copied = i + len;
        }
        i += len;
    }
    out.push_str(s.get(copied..).unwrap_or(""));
}
