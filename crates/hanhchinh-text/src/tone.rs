//! The six Vietnamese tones and their combining marks (the letters' and the syllables' shared
//! vocabulary; public as [`crate::syllable::Tone`]).

/// One of the six Vietnamese tones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Tone {
    /// Thanh ngang: no mark (`a`).
    Level = 0,
    /// Thanh huyền: grave accent (`à`).
    Grave = 1,
    /// Thanh sắc: acute accent (`á`).
    Acute = 2,
    /// Thanh hỏi: hook above (`ả`).
    Hook = 3,
    /// Thanh ngã: tilde (`ã`).
    Tilde = 4,
    /// Thanh nặng: dot below (`ạ`).
    Dot = 5,
}

impl Tone {
    pub(crate) fn from_bits(b: u16) -> Tone {
        match b {
            1 => Tone::Grave,
            2 => Tone::Acute,
            3 => Tone::Hook,
            4 => Tone::Tilde,
            5 => Tone::Dot,
            _ => Tone::Level,
        }
    }

    /// The tone of a combining mark (U+0300 grave, U+0301 acute, U+0309 hook above,
    /// U+0303 tilde, U+0323 dot below; also the deprecated U+0340/U+0341 tone marks).
    pub fn from_mark(c: char) -> Option<Tone> {
        match c {
            '\u{300}' | '\u{340}' => Some(Tone::Grave),
            '\u{301}' | '\u{341}' => Some(Tone::Acute),
            '\u{309}' => Some(Tone::Hook),
            '\u{303}' => Some(Tone::Tilde),
            '\u{323}' => Some(Tone::Dot),
            _ => None,
        }
    }

    /// The combining mark of this tone, `None` for [`Tone::Level`].
    pub fn mark(self) -> Option<char> {
        match self {
            Tone::Level => None,
            Tone::Grave => Some('\u{300}'),
            Tone::Acute => Some('\u{301}'),
            Tone::Hook => Some('\u{309}'),
            Tone::Tilde => Some('\u{303}'),
            Tone::Dot => Some('\u{323}'),
        }
    }

    /// The Vietnamese name of the tone (`huyền`, `sắc`, …).
    pub fn vietnamese_name(self) -> &'static str {
        match self {
            Tone::Level => "ngang",
            Tone::Grave => "huyền",
            Tone::Acute => "sắc",
            Tone::Hook => "hỏi",
            Tone::Tilde => "ngã",
            Tone::Dot => "nặng",
        }
    }
}
