//! VIQR (VIetnamese Quoted-Readable), RFC 1456: Vietnamese in 7-bit ASCII.
//!
//! A letter is written as its ASCII base followed by mnemonics for the modifier and the tone
//! (RFC 1456, section "VIQR"; Viet-Std 1992):
//!
//! | mark | mnemonic | example |
//! |---|---|---|
//! | breve | `(` | `a(` = `ă` |
//! | circumflex | `^` | `a^ e^ o^` = `â ê ô` |
//! | horn | `+` | `o+ u+` = `ơ ư` |
//! | acute | `'` | `a'` = `á` |
//! | grave | `` ` `` | ``a` `` = `à` |
//! | hook above | `?` | `a?` = `ả` |
//! | tilde | `~` | `a~` = `ã` |
//! | dot below | `.` | `a.` = `ạ` |
//! | `đ Đ` | `dd`, `DD` (also `Dd`) | `ddi` = `đi` |
//!
//! # Rules and ambiguities
//!
//! * A mnemonic is a mark **if and only if it can combine with the letter before it into a
//!   Vietnamese letter** (the Viet-Std rule): `^` after `b` stays `^`; a second tone on an
//!   already toned vowel stays punctuation, so `ho.c.` is `học.` and `Ha` No^.i.` is
//!   `Hà Nội.`. Modifier and tone may come in either order (`a^'` or `a'^` = `ấ`).
//! * The escape `\` before a mnemonic (or before `d`, `D` or `\`) makes it literal and is
//!   dropped: `dda^u\?` = `đâu?`, `d\d` = `dd`. Any other `\` is kept.
//! * **Sentence ends.** A `.` or `?` that ends an untoned word is a tone by the rule above
//!   (`hai.` reads `haị`), because writers were meant to escape sentence punctuation
//!   (`hai\.`). Much VIQR text does not. [`ViqrOptions::sentence_end`] makes the decoder
//!   treat such a `.` or `?` as punctuation when it is followed by the end of the text, a
//!   line break, `..`, a closing quote or bracket, or a space and then a capital letter or
//!   the end. The heuristic is wrong for a dot-below or hook-above syllable before a
//!   capitalised word (`Phu. Tha'i` = `Phụ Thái`), which is why it is off by default.
//! * The mode switches of the full Viet-Std proposal (`\V`, `\M`, `\L`) are not interpreted.
//!
//! ```
//! use hanhchinh_text::legacy::viqr::{self, ViqrOptions};
//!
//! assert_eq!(viqr::decode("Nghi. quye^'t"), "Nghị quyết");
//! assert_eq!(viqr::decode("Ddi dda^u\\?"), "Đi đâu?");
//! assert_eq!(viqr::decode("Ho^m nay la` thu+' hai."), "Hôm nay là thứ haị");
//! let opts = ViqrOptions::default().with_sentence_end(true);
//! assert_eq!(viqr::decode_with("Ho^m nay la` thu+' hai.", &opts), "Hôm nay là thứ hai.");
//! assert_eq!(viqr::encode("Đi đâu?")?, "DDi dda^u\\?");
//! # Ok::<(), hanhchinh_text::legacy::LegacyError>(())
//! ```

use super::{for_each_nfc_char, is_letter, nfc, parts, Encoding, LegacyError, Modifier, Parts};
use crate::syllable::Tone;

/// Options of [`decode_with`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ViqrOptions {
    /// Read a `.` or `?` that ends an untoned word before a sentence break as punctuation
    /// (see the module docs). Default `false` (the RFC rule).
    pub sentence_end: bool,
}

impl ViqrOptions {
    /// Options with the sentence-end heuristic on or off.
    pub fn with_sentence_end(mut self, on: bool) -> Self {
        self.sentence_end = on;
        self
    }
}

/// Characters the escape `\` makes literal.
fn escapable(c: char) -> bool {
    matches!(
        c,
        '(' | '^' | '+' | '\'' | '`' | '?' | '~' | '.' | 'd' | 'D' | '\\'
    )
}

fn tone_of(c: char) -> Option<Tone> {
    Some(match c {
        '\'' => Tone::Acute,
        '`' => Tone::Grave,
        '?' => Tone::Hook,
        '~' => Tone::Tilde,
        '.' => Tone::Dot,
        _ => return None,
    })
}

fn modifier_of(c: char) -> Option<Modifier> {
    Some(match c {
        '(' => Modifier::Breve,
        '^' => Modifier::Circumflex,
        '+' => Modifier::Horn,
        _ => return None,
    })
}

/// The letter `last` becomes when followed by the mnemonic `c`, if that is a Vietnamese
/// letter.
fn apply(last: char, c: char) -> Option<char> {
    if !matches!(
        c,
        '(' | '^' | '+' | '\'' | '`' | '?' | '~' | '.' | 'd' | 'D'
    ) {
        return None;
    }
    match (last, c) {
        ('d', 'd') => return Some('đ'),
        ('D', 'D' | 'd') => return Some('Đ'),
        _ => {}
    }
    let p = parts(last)?;
    if !p.is_vowel() {
        return None;
    }
    let next = if let Some(t) = tone_of(c) {
        if p.tone != Tone::Level {
            return None;
        }
        Parts { tone: t, ..p }
    } else {
        let m = modifier_of(c)?;
        if p.modifier != Modifier::None {
            return None;
        }
        Parts { modifier: m, ..p }
    };
    next.compose()
}

/// Decodes VIQR text to Unicode NFC with the RFC 1456 rule (see the module docs).
pub fn decode(text: &str) -> String {
    decode_with(text, &ViqrOptions::default())
}

/// Decodes VIQR bytes: UTF-8 if they are valid UTF-8 (VIQR itself is ASCII), otherwise
/// Windows-1252.
///
/// ```
/// assert_eq!(hanhchinh_text::legacy::viqr::decode_bytes(b"Qu\xfdnh"), "Quýnh");
/// ```
pub fn decode_bytes(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => decode(s),
        Err(_) => decode(&super::windows_1252_to_string(bytes)),
    }
}

/// Decodes VIQR text with explicit options.
pub fn decode_with(text: &str, options: &ViqrOptions) -> String {
    let mut out = String::with_capacity(text.len());
    // The last character pushed, while it may still take a mnemonic.
    let mut last: Option<char> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c == '\\' {
            if let Some(&(_, n)) = iter.peek() {
                if escapable(n) {
                    // The escaped character does not join the one before it, but an escaped
                    // `d` may still take the `d` after it (`d\dd` = `dđ`).
                    out.push(n);
                    iter.next();
                    last = is_letter(n).then_some(n);
                    continue;
                }
            }
            out.push(c);
            last = None;
            continue;
        }
        if let Some(l) = last {
            if let Some(j) = apply(l, c) {
                let rest = text.get(i + c.len_utf8()..).unwrap_or("");
                let punct = options.sentence_end && matches!(c, '.' | '?') && sentence_break(rest);
                if !punct {
                    out.pop();
                    out.push(j);
                    last = Some(j);
                    continue;
                }
            }
        }
        out.push(c);
        last = is_letter(c).then_some(c);
    }
    // Compositions give precomposed letters; only non-ASCII input may need normalizing.
    if text.is_ascii() {
        out
    } else {
        nfc(out)
    }
}

/// Whether what follows a `.` or `?` looks like the end of a sentence.
fn sentence_break(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        None | Some('\n' | '\r' | '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»') => true,
        Some('.') => rest.starts_with(".."),
        Some(c) if c.is_whitespace() => match chars.find(|c| !c.is_whitespace() || *c == '\n') {
            None | Some('\n') => true,
            Some(n) => n.is_uppercase() || matches!(n, '"' | '“' | '-' | '–' | '—'),
        },
        Some(_) => false,
    }
}

/// Encodes Unicode text as VIQR, escaping every ASCII mnemonic that the decoder would
/// otherwise read as a mark (`đâu?` -> `dda^u\?`). NFD input is accepted.
///
/// # Errors
///
/// [`LegacyError`] at the first character that is neither ASCII nor a Vietnamese letter
/// (VIQR is 7-bit).
pub fn encode(text: &str) -> Result<String, LegacyError> {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut last: Option<char> = None;
    for_each_nfc_char(text, |i, c| {
        match c {
            'đ' | 'Đ' => {
                if matches!(last, Some('d' | 'D')) {
                    out.push('\\');
                }
                out.push_str(if c == 'đ' { "dd" } else { "DD" });
            }
            _ if c.is_ascii() => {
                let needs_escape = c == '\\' || last.is_some_and(|l| apply(l, c).is_some());
                if needs_escape {
                    out.push('\\');
                }
                out.push(c);
            }
            _ => {
                let p = parts(c).ok_or_else(|| LegacyError::unencodable(c, Encoding::Viqr, i))?;
                out.push(p.base);
                out.push_str(match p.modifier {
                    Modifier::None | Modifier::Stroke => "",
                    Modifier::Breve => "(",
                    Modifier::Circumflex => "^",
                    Modifier::Horn => "+",
                });
                out.push_str(match p.tone {
                    Tone::Level => "",
                    Tone::Acute => "'",
                    Tone::Grave => "`",
                    Tone::Hook => "?",
                    Tone::Tilde => "~",
                    Tone::Dot => ".",
                });
            }
        }
        // What the decoder's "last" will be after reading this character back.
        last = is_letter(c).then_some(c);
        Ok(())
    })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_examples() {
        for (s, want) in [
            (
                "To^i ye^u tie^'ng nu+o+'c to^i tu+` khi mo+'i ra ddo+`i\\.",
                "Tôi yêu tiếng nước tôi từ khi mới ra đời.",
            ),
            ("tra(ng ba(n khoa(n", "trăng băn khoăn"),
            ("Qui Nho+n", "Qui Nhơn"),
            ("DDu+'c", "Đức"),
            ("Dda(k La(k", "Đăk Lăk"),
        ] {
            assert_eq!(decode(s), want, "{s:?}");
        }
    }

    #[test]
    fn second_marks_stay_literal() {
        for (s, want) in [
            ("ho.c.", "học."),
            ("a^^", "â^"),
            ("b^", "b^"),
            ("a'^", "ấ"),
            ("ddd", "đd"),
            ("\\x", "\\x"),
            ("a\\\\'", "a\\'"),
        ] {
            assert_eq!(decode(s), want, "{s:?}");
        }
    }

    #[test]
    fn sentence_end_heuristic() {
        let on = ViqrOptions::default().with_sentence_end(true);
        assert_eq!(decode_with("thu+' hai. Thu+' ba", &on), "thứ hai. Thứ ba");
        assert_eq!(decode_with("o+? dda^u?", &on), "ở đâu?");
        assert_eq!(decode_with("dde^? la`m", &on), "để làm");
        assert_eq!(decode_with("hai...", &on), "hai...");
        assert_eq!(decode_with("Quy`nh Phu..", &on), "Quỳnh Phụ.");
    }

    #[test]
    fn encode_escapes_what_would_combine() {
        assert_eq!(encode("add").unwrap(), "ad\\d");
        assert_eq!(encode("a^").unwrap(), "a\\^");
        assert_eq!(encode("học.").unwrap(), "ho.c.");
        assert_eq!(encode("đd").unwrap(), "ddd");
        assert_eq!(decode(&encode("đd").unwrap()), "đd");
        assert_eq!(encode("a\\b").unwrap(), "a\\\\b");
        assert_eq!(encode("dđ").unwrap(), "d\\dd");
        assert_eq!(decode("d\\dd"), "dđ");
        assert_eq!(decode("d\\ddd"), "dđd");
        assert_eq!(decode(&encode("Dđ").unwrap()), "Dđ");
    }
}
