//! Legacy Vietnamese encodings: TCVN3 (ABC), VNI-Windows, VIQR and Windows-1258 to Unicode, and
//! a detector.
//!
//! Administrative documents written before Unicode took over (and many still typed in old
//! Word templates) use one of four conventions:
//!
//! | encoding | how a letter is stored | submodule |
//! |---|---|---|
//! | TCVN3 (ABC, TCVN 5712:1993 VN3) | one byte per letter, toned vowels in the upper half | [`tcvn3`] |
//! | VNI-Windows | base letter, then a mark byte (`a` + `ø` = `à`) | [`vni`] |
//! | VIQR (RFC 1456) | ASCII mnemonics after the letter (``a` ``, `a^'`, `dd`) | [`viqr`] |
//! | Windows-1258 | letters with a modifier as one byte, tones as combining marks after them | [`windows1258`] |
//!
//! Such text reaches a program in one of two shapes, and both are handled:
//!
//! * as the original bytes (`&[u8]`): [`decode`];
//! * as text that some program already read as Windows-1252 or Latin-1, so that each
//!   character stands for one legacy byte (`ñy ban nh©n d©n` for TCVN3, `UÛy ban nhaân daân`
//!   for VNI): [`decode_str`]. Characters that cannot stand for a byte (`ệ`, `中`) are kept
//!   as they are, so partly converted documents survive. UTF-8 read as Windows-1252 (`Ná»™i`
//!   for `Nội`) is the same fault with Unicode as the encoding: [`repair_misread_utf8`]. Text
//!   whose bytes went through a UTF-8 decoder that replaced them with U+FFFD has lost them
//!   and cannot be recovered.
//!
//! Every decoder returns Unicode in NFC and never fails: a byte that the encoding does not
//! define as Vietnamese keeps its Windows-1252 meaning. TCVN3 has no capital toned vowels
//! (`Ủ` is written with the `ủ` byte in a capital font); see [`tcvn3`] for how words set in
//! capitals are repaired. [`encode`] goes the other way and
//! reports, with its byte offset, the first character the encoding cannot express.
//!
//! [`detect`] and [`detect_str`] say which encoding a text most likely uses by decoding it
//! with every candidate and counting the words that become well-formed Vietnamese syllables
//! ([`crate::syllable::is_syllable`]); see [`Detection`] for the scoring.
//! [`decode_detected`] and [`decode_detected_str`] do both steps.
//!
//! ```
//! use hanhchinh_text::legacy::{decode, decode_str, detect, Encoding};
//!
//! // TCVN3 bytes of "ủy ban nhân dân huyện Quỳnh Phụ", as a Windows-1252 reader shows them:
//! let misread = "ñy ban nh©n d©n huyÖn Quúnh Phô";
//! assert_eq!(decode_str(misread, Encoding::Tcvn3), "ủy ban nhân dân huyện Quỳnh Phụ");
//!
//! // VNI-Windows bytes:
//! let bytes = b"Ngh\xf2 quye\xe1t";
//! assert_eq!(decode(bytes, Encoding::Vni), "Nghị quyết");
//! assert_eq!(detect(bytes).encoding(), Encoding::Vni);
//!
//! // VIQR:
//! assert_eq!(decode(b"U?y ban nha^n da^n", Encoding::Viqr), "Ủy ban nhân dân");
//! ```

use std::fmt;

use unicode_normalization::char::{canonical_combining_class, compose};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::letter::{split_marks, Modifier};
use crate::syllable::Tone;

mod cp1252;
mod detect;
mod misread_utf8;
pub mod tcvn3;
pub mod viqr;
pub mod vni;
pub mod windows1258;

pub use cp1252::windows_1252_to_string;
pub use detect::{detect, detect_str, Detection, Score};
pub use misread_utf8::repair_misread_utf8;

/// A text encoding the decoders and the detector know, with a short stable name.
///
/// ```
/// use hanhchinh_text::legacy::Encoding;
/// assert_eq!(Encoding::Tcvn3.as_str(), "tcvn3");
/// assert_eq!("windows-1258".parse(), Ok(Encoding::Windows1258));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Encoding {
    /// Unicode: UTF-8 bytes, or a `&str` that is already correct.
    Unicode,
    /// TCVN3 (ABC), the TCVN 5712:1993 VN3 font encoding: see [`tcvn3`].
    Tcvn3,
    /// VNI-Windows: see [`vni`].
    Vni,
    /// VIQR, RFC 1456: see [`viqr`].
    Viqr,
    /// Windows-1258, the Windows code page for Vietnamese: see [`windows1258`].
    Windows1258,
}

// In the order the detector prefers them when scores tie.
crate::named_values!(Encoding, "encoding", {
    Unicode => "unicode",
    Tcvn3 => "tcvn3",
    Vni => "vni",
    Viqr => "viqr",
    Windows1258 => "windows-1258",
});

/// Decodes legacy bytes to Unicode NFC.
///
/// For [`Encoding::Unicode`] the bytes are read as UTF-8 (invalid sequences become U+FFFD), and
/// UTF-8 that was read as Windows-1252 before is repaired ([`repair_misread_utf8`]).
/// TCVN3 uses [`tcvn3::decode`] (with its default capital-letter repair), VNI
/// [`vni::decode`], VIQR [`viqr::decode_bytes`], Windows-1258 [`windows1258::decode`].
///
/// ```
/// use hanhchinh_text::legacy::{decode, Encoding};
/// assert_eq!(decode(b"Qu\xfanh Ph\xf4", Encoding::Tcvn3), "Quỳnh Phụ");
/// assert_eq!(decode("Quỳnh".as_bytes(), Encoding::Unicode), "Quỳnh");
/// ```
pub fn decode(bytes: &[u8], encoding: Encoding) -> String {
    match encoding {
        Encoding::Unicode => {
            let text = String::from_utf8_lossy(bytes);
            nfc(repair_misread_utf8(&text).into_owned())
        }
        Encoding::Tcvn3 => tcvn3::decode(bytes),
        Encoding::Vni => vni::decode(bytes),
        Encoding::Viqr => viqr::decode_bytes(bytes),
        Encoding::Windows1258 => windows1258::decode(bytes),
    }
}

/// Decodes text whose characters stand for legacy bytes because it was read as
/// Windows-1252 (or Latin-1) to Unicode NFC.
///
/// Characters that do not stand for a byte are kept. For [`Encoding::Unicode`] the text is
/// taken as it is but for UTF-8 read as Windows-1252 ([`repair_misread_utf8`]: `Ná»™i` ->
/// `Nội`); [`Encoding::Viqr`] (which is ASCII) is taken as it is.
///
/// ```
/// use hanhchinh_text::legacy::{decode_str, Encoding};
/// assert_eq!(decode_str("NghÞ quyÕt", Encoding::Tcvn3), "Nghị quyết");
/// assert_eq!(decode_str("Nghò quyeát", Encoding::Vni), "Nghị quyết");
/// ```
pub fn decode_str(text: &str, encoding: Encoding) -> String {
    match encoding {
        Encoding::Unicode => nfc(repair_misread_utf8(text).into_owned()),
        Encoding::Tcvn3 => tcvn3::decode_str(text),
        Encoding::Vni => vni::decode_str(text),
        Encoding::Viqr => viqr::decode(text),
        Encoding::Windows1258 => windows1258::decode_str(text),
    }
}

/// Detects the encoding of `bytes` ([`detect`]) and decodes them with it.
///
/// ```
/// use hanhchinh_text::legacy::{decode_detected, Encoding};
/// let (text, detection) = decode_detected(b"Qu\xfanh Ph\xf4, Th\xb8i B\xd7nh");
/// assert_eq!(text, "Quỳnh Phụ, Thái Bình");
/// assert_eq!(detection.encoding(), Encoding::Tcvn3);
/// ```
pub fn decode_detected(bytes: &[u8]) -> (String, Detection) {
    let d = detect(bytes);
    (decode(bytes, d.encoding()), d)
}

/// Detects the encoding of text that may be legacy bytes read as Windows-1252
/// ([`detect_str`]) and decodes it with [`decode_str`].
///
/// ```
/// use hanhchinh_text::legacy::{decode_detected_str, Encoding};
/// let (text, detection) = decode_detected_str("Quyønh Phuï, Thaùi Bình");
/// assert_eq!(text, "Quỳnh Phụ, Thái Bình");
/// assert_eq!(detection.encoding(), Encoding::Vni);
/// ```
pub fn decode_detected_str(text: &str) -> (String, Detection) {
    let d = detect_str(text);
    (decode_str(text, d.encoding()), d)
}

/// Encodes Unicode text in a legacy encoding (UTF-8 for [`Encoding::Unicode`]).
///
/// # Errors
///
/// [`LegacyError`] with the byte offset of the first character the encoding cannot express
/// (`中` in any legacy encoding; `ß` in TCVN3, whose upper half holds Vietnamese letters).
///
/// ```
/// use hanhchinh_text::legacy::{decode, encode, Encoding};
/// let bytes = encode("Nghị quyết", Encoding::Vni)?;
/// assert_eq!(bytes, b"Ngh\xf2 quye\xe1t");
/// assert_eq!(decode(&bytes, Encoding::Vni), "Nghị quyết");
/// assert_eq!(encode("Hà Nội 中", Encoding::Tcvn3).unwrap_err().offset(), 10);
/// # Ok::<(), hanhchinh_text::legacy::LegacyError>(())
/// ```
pub fn encode(text: &str, encoding: Encoding) -> Result<Vec<u8>, LegacyError> {
    match encoding {
        Encoding::Unicode => Ok(text.as_bytes().to_vec()),
        Encoding::Tcvn3 => tcvn3::encode(text),
        Encoding::Vni => vni::encode(text),
        Encoding::Viqr => viqr::encode(text).map(String::into_bytes),
        Encoding::Windows1258 => windows1258::encode(text),
    }
}

/// An error of the legacy encoders: what went wrong and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegacyError {
    kind: ErrorKind,
    offset: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    Unencodable { ch: char, encoding: Encoding },
}

impl LegacyError {
    fn unencodable(ch: char, encoding: Encoding, offset: usize) -> LegacyError {
        LegacyError {
            kind: ErrorKind::Unencodable { ch, encoding },
            offset,
        }
    }

    /// Byte offset, in the input text, of the character that caused the error (of the base
    /// character it combines with, when it is a combining mark).
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The character the encoding cannot express.
    pub fn character(&self) -> char {
        match self.kind {
            ErrorKind::Unencodable { ch, .. } => ch,
        }
    }

    /// The encoding that was asked for.
    pub fn encoding(&self) -> Encoding {
        match self.kind {
            ErrorKind::Unencodable { encoding, .. } => encoding,
        }
    }
}

impl fmt::Display for LegacyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::Unencodable { ch, encoding } => write!(
                f,
                "byte offset {}: {:?} (U+{:04X}) cannot be encoded in {}",
                self.offset,
                ch,
                u32::from(ch),
                encoding
            ),
        }
    }
}

impl std::error::Error for LegacyError {}

/// A Vietnamese letter split into ASCII base letter (case kept), modifier and tone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Parts {
    pub base: char,
    pub modifier: Modifier,
    pub tone: Tone,
}

impl Parts {
    /// Whether the base is one of the Vietnamese vowels `a e i o u y` (either case).
    pub fn is_vowel(&self) -> bool {
        matches!(
            self.base.to_ascii_lowercase(),
            'a' | 'e' | 'i' | 'o' | 'u' | 'y'
        )
    }

    /// Whether this modifier may sit on this base in Vietnamese.
    fn modifier_fits(&self) -> bool {
        let b = self.base.to_ascii_lowercase();
        match self.modifier {
            Modifier::None => true,
            Modifier::Circumflex => matches!(b, 'a' | 'e' | 'o'),
            Modifier::Breve => b == 'a',
            Modifier::Horn => matches!(b, 'o' | 'u'),
            Modifier::Stroke => false,
        }
    }

    /// The precomposed character (Unicode has one for every Vietnamese letter).
    pub fn compose(&self) -> Option<char> {
        if !self.modifier_fits() || (self.tone != Tone::Level && !self.is_vowel()) {
            return None;
        }
        let (m, t) = (self.modifier.mark(), self.tone.mark());
        // Canonical composition pairs follow the decomposition order, which puts the dot
        // below before the breve and the circumflex (`ặ` = `ạ` + breve), so try both orders.
        let with = |c: char, mark: Option<char>| match mark {
            Some(x) => compose(c, x),
            None => Some(c),
        };
        with(self.base, m)
            .and_then(|c| with(c, t))
            .or_else(|| with(self.base, t).and_then(|c| with(c, m)))
    }
}

/// Splits an ASCII letter or a precomposed Vietnamese vowel into [`Parts`] (by its canonical
/// decomposition, so no code point is typed by hand). `đ`, foreign letters (`ñ`, `ü`) and
/// other characters give `None`.
pub(crate) fn parts(c: char) -> Option<Parts> {
    if c.is_ascii_alphabetic() {
        return Some(Parts {
            base: c,
            modifier: Modifier::None,
            tone: Tone::Level,
        });
    }
    let cp = u32::from(c);
    if !((0xC0..=0x1B0).contains(&cp) || (0x1EA0..=0x1EF9).contains(&cp)) {
        return None;
    }
    let (base, modifier, tone) = split_marks(c)?;
    let p = Parts {
        base,
        modifier,
        tone,
    };
    (p.compose() == Some(c)).then_some(p)
}

/// Encodes `text` in a byte encoding, one character of its NFC form at a time: `f` appends the
/// bytes of a character, or gives `None` when the encoding has none (the error names it and its
/// offset).
pub(crate) fn encode_bytes(
    text: &str,
    encoding: Encoding,
    capacity: usize,
    mut f: impl FnMut(char, &mut Vec<u8>) -> Option<()>,
) -> Result<Vec<u8>, LegacyError> {
    let mut out = Vec::with_capacity(capacity);
    for_each_nfc_char(text, |i, c| {
        f(c, &mut out).ok_or_else(|| LegacyError::unencodable(c, encoding, i))
    })?;
    Ok(out)
}

/// Calls `f` with every character of the NFC form of `text` and the byte offset, in `text`,
/// of the cluster (base character and its combining marks) it comes from.
pub(crate) fn for_each_nfc_char<E>(
    text: &str,
    mut f: impl FnMut(usize, char) -> Result<(), E>,
) -> Result<(), E> {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        for (i, c) in text.char_indices() {
            f(i, c)?;
        }
        return Ok(());
    }
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if i == start && !next_is_mark(iter.peek()) {
            start = i + c.len_utf8();
            for d in std::iter::once(c).nfc() {
                f(i, d)?;
            }
            continue;
        }
        if !next_is_mark(iter.peek()) {
            let end = i + c.len_utf8();
            for d in text.get(start..end).unwrap_or("").nfc() {
                f(start, d)?;
            }
            start = end;
        }
    }
    Ok(())
}

fn next_is_mark(next: Option<&(usize, char)>) -> bool {
    matches!(next, Some(&(_, n)) if canonical_combining_class(n) != 0)
}

/// Whether a character is a letter, answering the Vietnamese ranges without the general
/// Unicode lookup.
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(c, '\u{C0}'..='\u{1B0}' | '\u{1EA0}'..='\u{1EF9}') && c != '×' && c != '÷'
        || c.is_alphabetic()
}

/// Puts a decoder's output in NFC, without copying when it already is.
pub(crate) fn nfc(s: String) -> String {
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => s,
        IsNormalized::No | IsNormalized::Maybe => s.nfc().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALPHABET: &str =
        "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";

    #[test]
    fn parts_round_trip_every_vowel_both_cases() {
        for c in ALPHABET.chars().chain(ALPHABET.to_uppercase().chars()) {
            let p = parts(c).unwrap_or_else(|| panic!("{c} U+{:04X}", u32::from(c)));
            assert_eq!(p.compose(), Some(c), "{c}");
            assert_eq!(p.base.is_ascii_uppercase(), c.is_uppercase());
        }
        assert_eq!(parts('đ'), None);
        assert_eq!(parts('ñ'), None);
        assert_eq!(parts('ü'), None);
        assert_eq!(parts('ǎ'), None);
    }

    #[test]
    fn error_says_where_and_what() {
        let e = encode("ab中", Encoding::Vni).unwrap_err();
        assert_eq!(e.offset(), 2);
        assert_eq!(e.character(), '中');
        assert_eq!(e.encoding(), Encoding::Vni);
        assert_eq!(
            e.to_string(),
            "byte offset 2: '中' (U+4E2D) cannot be encoded in vni"
        );
    }
}
