//! Which encoding does a text use? Decode with every candidate and count Vietnamese words.

use unicode_normalization::char::canonical_combining_class;

use super::{decode, decode_str, is_letter, Encoding};
use crate::syllable::is_syllable;

/// How much of a text the detector reads: the first 64 KiB decide.
const SAMPLE: usize = 64 * 1024;

/// The evidence for one candidate encoding: what its decoding of the text looks like.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// Words with a non-ASCII letter that are well-formed Vietnamese syllables
    /// ([`is_syllable`]): `Quỳnh`, `nhân`.
    pub syllables: u32,
    /// Words with a non-ASCII letter that are not syllables (`Ná»™i`, `Vieọt`), plus
    /// non-ASCII characters outside words that are neither spaces nor common punctuation
    /// (`©`, `¶`, U+FFFD).
    pub rejects: u32,
}

impl Score {
    /// `syllables - 2 × rejects`: a wrong decoding leaves more garbage than it creates
    /// accidental syllables, so rejects weigh double.
    pub fn net(&self) -> i64 {
        i64::from(self.syllables) - 2 * i64::from(self.rejects)
    }
}

/// The detector's verdict: the most likely encoding, how sure it is, and the evidence.
///
/// # Scoring
///
/// The first 64 KiB are decoded with each candidate ([`Encoding::ALL`]). Each decoding gets
/// a [`Score`]: words (runs of letters) containing a non-ASCII letter count for it when
/// they are well-formed Vietnamese syllables ([`is_syllable`]) and against it otherwise;
/// stray symbols (`©`, `¶`, `¸`, U+FFFD) count against it. VIQR is 7-bit, so every
/// non-ASCII letter or symbol of the input also counts against the VIQR reading. The candidate with the highest
/// [`Score::net`] wins; ties go to the earlier candidate in [`Encoding::ALL`] (Unicode
/// first), so ASCII text is reported as Unicode.
///
/// [`confidence`](Detection::confidence) compares the winner with the best candidate whose
/// decoding is *different* (ASCII reads the same in Unicode, TCVN3 and VNI, so those
/// candidates are not rivals): with a margin of `m` net points and a winner whose share of
/// syllables among its scored words is `p`, confidence is `p × m / (m + 2)`. It is `1.0`
/// when every candidate decodes the text identically, and `0.0` on a tie.
///
/// ```
/// use hanhchinh_text::legacy::{detect, detect_str, Encoding};
///
/// let d = detect("Ủy ban nhân dân huyện Quỳnh Phụ".as_bytes());
/// assert_eq!(d.encoding(), Encoding::Unicode);
/// assert!(d.confidence() > 0.5);
///
/// assert_eq!(detect_str("ñy ban nh©n d©n huyÖn Quúnh Phô").encoding(), Encoding::Tcvn3);
/// assert_eq!(detect_str("UÛy ban nhaân daân huyeän Quyønh Phuï").encoding(), Encoding::Vni);
/// assert_eq!(detect_str("U?y ban nha^n da^n huye^.n Quy`nh Phu.").encoding(), Encoding::Viqr);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Detection {
    encoding: Encoding,
    confidence: f32,
    scores: [(Encoding, Score); 5],
}

impl Detection {
    /// The most likely encoding.
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// How sure the detector is, from `0.0` (a tie) to `1.0`; see the type docs.
    pub fn confidence(&self) -> f32 {
        self.confidence
    }

    /// The score of every candidate, in the order of [`Encoding::ALL`].
    pub fn scores(&self) -> &[(Encoding, Score)] {
        &self.scores
    }

    /// The score of one candidate.
    pub fn score(&self, encoding: Encoding) -> Score {
        self.scores
            .iter()
            .find(|(e, _)| *e == encoding)
            .map(|(_, s)| *s)
            .unwrap_or_default()
    }
}

/// Detects the encoding of raw bytes: UTF-8, TCVN3, VNI-Windows, VIQR or Windows-1258.
///
/// ```
/// use hanhchinh_text::legacy::{detect, Encoding};
/// assert_eq!(detect(b"Qu\xfanh Ph\xf4, Th\xb8i B\xd7nh").encoding(), Encoding::Tcvn3);
/// assert_eq!(detect(b"Quy\xf8nh Phu\xef, Tha\xf9i Bi\xecnh").encoding(), Encoding::Vni);
/// ```
pub fn detect(bytes: &[u8]) -> Detection {
    let sample = bytes.get(..SAMPLE).unwrap_or(bytes);
    let unicode = match std::str::from_utf8(sample) {
        Ok(s) => s.to_owned(),
        // A character cut by the sample limit is not evidence against UTF-8.
        Err(e) if e.error_len().is_none() && sample.len() < bytes.len() => {
            String::from_utf8_lossy(sample.get(..e.valid_up_to()).unwrap_or(&[])).into_owned()
        }
        Err(_) => String::from_utf8_lossy(sample).into_owned(),
    };
    let viqr_input = if std::str::from_utf8(sample).is_ok() {
        non_ascii_count(&unicode)
    } else {
        non_ascii_count(&super::windows_1252_to_string(sample))
    };
    judge(
        Encoding::ALL.map(|e| {
            let text = if e == Encoding::Unicode {
                super::repair_misread_utf8(&unicode).into_owned()
            } else {
                decode(sample, e)
            };
            (e, text)
        }),
        viqr_input,
    )
}

/// Detects the encoding of text that may be legacy bytes read as Windows-1252 / Latin-1
/// (the shape [`decode_str`] takes), or correct Unicode.
///
/// ```
/// use hanhchinh_text::legacy::{detect_str, Encoding};
/// assert_eq!(detect_str("NghÞ quyÕt").encoding(), Encoding::Tcvn3);
/// assert_eq!(detect_str("Nghị quyết").encoding(), Encoding::Unicode);
/// ```
pub fn detect_str(text: &str) -> Detection {
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = text.get(..end).unwrap_or(text);
    judge(
        Encoding::ALL.map(|e| (e, decode_str(sample, e))),
        non_ascii_count(sample),
    )
}

/// Non-ASCII characters that are neither spaces nor ordinary punctuation: VIQR text has
/// none, so each one counts against the VIQR reading.
fn non_ascii_count(text: &str) -> u32 {
    let n = text
        .chars()
        .filter(|&c| !c.is_ascii() && !c.is_whitespace() && !ordinary_symbol(c))
        .count();
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn judge(decoded: [(Encoding, String); 5], viqr_foreign: u32) -> Detection {
    let scores = decoded.each_ref().map(|(e, t)| {
        let mut s = score(t);
        if *e == Encoding::Viqr {
            s.rejects = s.rejects.saturating_add(viqr_foreign);
        }
        (*e, s)
    });
    let mut best = 0;
    for (i, (_, s)) in scores.iter().enumerate() {
        let current = scores.get(best).map_or(i64::MIN, |(_, b)| b.net());
        if s.net() > current {
            best = i;
        }
    }
    let (encoding, win) = scores
        .get(best)
        .copied()
        .unwrap_or((Encoding::Unicode, Score::default()));
    let win_text = decoded.get(best).map(|(_, t)| t.as_str());
    let rival = decoded
        .iter()
        .zip(scores.iter())
        .filter(|((_, t), _)| Some(t.as_str()) != win_text)
        .map(|(_, (_, s))| s.net())
        .max();
    let confidence = match rival {
        None => 1.0,
        Some(r) => {
            let margin = (win.net() - r).max(0) as f64;
            let scored = f64::from(win.syllables) + f64::from(win.rejects);
            let purity = if scored > 0.0 {
                f64::from(win.syllables) / scored
            } else {
                1.0
            };
            (purity * margin / (margin + 2.0)) as f32
        }
    };
    Detection {
        encoding,
        confidence,
        scores,
    }
}

/// Punctuation and symbols common in Vietnamese documents that are not evidence of a wrong
/// decoding.
fn ordinary_symbol(c: char) -> bool {
    matches!(
        c,
        '\u{2010}'..='\u{205E}' | '°' | '§' | '·' | '€' | '№' | '×' | '\u{200B}'..='\u{200D}' | '\u{FEFF}'
    )
}

fn finish(s: &mut Score, word: &str, non_ascii: bool) {
    if non_ascii {
        if is_syllable(word) {
            s.syllables += 1;
        } else {
            s.rejects += 1;
        }
    }
}

/// Scores one decoding (see [`Detection`]).
fn score(text: &str) -> Score {
    let mut s = Score::default();
    let mut start: Option<usize> = None;
    let mut non_ascii = false;
    for (i, c) in text.char_indices() {
        let in_word = is_letter(c) || (!c.is_ascii() && canonical_combining_class(c) != 0);
        if in_word {
            if start.is_none() {
                start = Some(i);
                non_ascii = false;
            }
            non_ascii |= !c.is_ascii();
            continue;
        }
        if let Some(st) = start.take() {
            finish(&mut s, text.get(st..i).unwrap_or(""), non_ascii);
        }
        if !c.is_ascii() && !c.is_whitespace() && !ordinary_symbol(c) {
            s.rejects += 1;
        }
    }
    if let Some(st) = start {
        finish(&mut s, text.get(st..).unwrap_or(""), non_ascii);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_count_syllables_and_garbage() {
        // `Ná»™i` (UTF-8 read as Windows-1252): `Ná` happens to be a syllable, `»` and `™`
        // are garbage, as is `©`.
        let s = score("Ủy ban nhân dân Ná»™i ©");
        assert_eq!(s.syllables, 4);
        assert_eq!(s.rejects, 3);
        assert_eq!(score("UBND tỉnh").syllables, 1);
        assert_eq!(score("“trích” – … 5 €").rejects, 0);
    }

    #[test]
    fn ascii_is_unicode_with_full_confidence() {
        let d = detect(b"Uy ban nhan dan tinh");
        assert_eq!(d.encoding(), Encoding::Unicode);
        assert!((d.confidence() - 1.0).abs() < f32::EPSILON);
    }

    #[test]
    fn byte_order_mark_is_not_evidence() {
        let d = detect("\u{FEFF}Quỳnh Phụ".as_bytes());
        assert_eq!(d.encoding(), Encoding::Unicode);
        assert_eq!(d.score(Encoding::Unicode).rejects, 0);
    }

    #[test]
    fn empty_input() {
        assert_eq!(detect(b"").encoding(), Encoding::Unicode);
        assert_eq!(detect_str("").encoding(), Encoding::Unicode);
    }
}
