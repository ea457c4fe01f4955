//! The tokenizer: offset-exact tokens over the original text, robust to scraped-page faults.
//!
//! The rules are documented on [`tokenize`].

use std::borrow::Cow;

use crate::syllable::is_syllable;

pub(crate) mod class;
mod cut;

use class::ClassTable;
use class::CLASSES;

/// What a [`Token`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters (and combining marks, and apostrophes between letters): usually one syllable,
    /// `Liêm`, `ủy`, `UBND`, `H'Leo`; also foreign words and other scripts.
    Word,
    /// ASCII digits with `.`, `,`, `:`, `/` or `-` between digits: `2.309`, `96,39`, `20:47`,
    /// `18/05/2023`, `12-17`.
    Number,
    /// An identifier of letters and digits, or of upper-case parts joined by `-` or `/`:
    /// `34-CT/TW`, `KT-XH`, `COVID-19`, `Km2`, `Q1`, `h04`.
    Code,
    /// One punctuation character, or a run of dots: `,`, `“`, `–`, `...`.
    Punct,
    /// Any other single character: `%`, `+`, `=`, emoji, U+FFFD.
    Symbol,
}

impl TokenKind {
    /// The kind's name in lower case, as serialized: `word`, `number`, `code`, `punct`,
    /// `symbol`.
    ///
    /// ```
    /// assert_eq!(hanhchinh_text::TokenKind::Punct.as_str(), "punct");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Code => "code",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
        }
    }
}

/// A token: a slice of the original text with its byte offsets and its kind.
///
/// Two tokens are equal when their text, start and kind are.
#[derive(Clone, Copy)]
pub struct Token<'a> {
    text: &'a str,
    start: usize,
    kind: TokenKind,
    /// What the tokenizer learnt about `text` while cutting it ([`Hint`] flags); 0 when
    /// nothing is known. A cache only: never part of equality.
    hint: u8,
}

/// Facts about a token's text that make its forms cheap, set by the tokenizer's fast paths.
pub(crate) struct Hint;

impl Hint {
    /// `normalize(text) == text`.
    pub(crate) const CANONICAL: u8 = 1;
    /// No character is upper case.
    pub(crate) const NO_UPPER: u8 = 2;
    /// The text is ASCII.
    pub(crate) const ASCII: u8 = 4;
    /// All of the above.
    pub(crate) const ALL: u8 = 7;
}

impl PartialEq for Token<'_> {
    fn eq(&self, other: &Self) -> bool {
        (self.text, self.start, self.kind) == (other.text, other.start, other.kind)
    }
}

impl Eq for Token<'_> {}

impl std::hash::Hash for Token<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (self.text, self.start, self.kind).hash(state);
    }
}

impl std::fmt::Debug for Token<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("text", &self.text)
            .field("start", &self.start)
            .field("kind", &self.kind)
            .finish()
    }
}

impl<'a> Token<'a> {
    /// A token over `text[start..start + text.len()]`: for tests and for callers that build
    /// tokens of their own (a recognizer joining two tokens, say).
    pub fn new(text: &'a str, start: usize, kind: TokenKind) -> Token<'a> {
        Token {
            text,
            start,
            kind,
            hint: 0,
        }
    }

    /// The token's text, a slice of the original input.
    #[inline]
    pub fn text(&self) -> &'a str {
        self.text
    }

    crate::span_accessors!(text, "token");

    /// The token's kind.
    #[inline]
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// The [`normalize`](crate::normalize)d text (borrowed when already canonical).
    ///
    /// Tokens straight from [`tokenize`] carry what the tokenizer learnt about their text, so
    /// most words and numbers answer without reading it again.
    #[inline]
    pub fn normalized(&self) -> Cow<'a, str> {
        if self.hint & Hint::CANONICAL != 0 {
            return Cow::Borrowed(self.text);
        }
        crate::normalize(self.text)
    }

    /// The [`fold`](crate::fold)ed text: `Liêm` -> `liem`.
    #[inline]
    pub fn folded(&self) -> Cow<'a, str> {
        if self.hint & (Hint::ASCII | Hint::NO_UPPER) == Hint::ASCII | Hint::NO_UPPER {
            return Cow::Borrowed(self.text);
        }
        crate::fold(self.text)
    }

    /// Appends the [`fold`](crate::fold)ed text to `out`: with one buffer reused, a loop over
    /// tokens allocates nothing.
    ///
    /// ```
    /// let mut buf = String::new();
    /// for t in hanhchinh_text::tokenize("Nam Từ Liêm") {
    ///     buf.clear();
    ///     t.fold_into(&mut buf);
    ///     assert!(buf.is_ascii());
    /// }
    /// assert_eq!(buf, "liem");
    /// ```
    #[inline]
    pub fn fold_into(&self, out: &mut String) {
        if self.hint & (Hint::ASCII | Hint::NO_UPPER) == Hint::ASCII | Hint::NO_UPPER {
            out.push_str(self.text);
        } else {
            crate::fold_into(self.text, out);
        }
    }

    /// The canonical lookup [`key`](crate::key): `Hoà` -> `hòa`.
    #[inline]
    pub fn key(&self) -> Cow<'a, str> {
        match self.hint & (Hint::CANONICAL | Hint::NO_UPPER) {
            h if h == Hint::CANONICAL | Hint::NO_UPPER => Cow::Borrowed(self.text),
            Hint::CANONICAL => {
                let mut out = String::with_capacity(self.text.len());
                crate::normalize::push_key_lower(self.text, &mut out);
                Cow::Owned(out)
            }
            _ => crate::key(self.text),
        }
    }

    /// Appends the lookup [`key`](crate::key) to `out` (see [`Token::fold_into`]).
    ///
    /// ```
    /// let mut buf = String::new();
    /// let t = hanhchinh_text::tokenize("Thuỷ").next().unwrap();
    /// t.key_into(&mut buf);
    /// assert_eq!(buf, "thủy");
    /// ```
    #[inline]
    pub fn key_into(&self, out: &mut String) {
        match self.hint & (Hint::CANONICAL | Hint::NO_UPPER) {
            h if h == Hint::CANONICAL | Hint::NO_UPPER => out.push_str(self.text),
            Hint::CANONICAL => crate::normalize::push_key_lower(self.text, out),
            _ => crate::key_into(self.text, out),
        }
    }

    /// Whether the tokenizer learnt that [`Token::key`] is the text itself.
    #[inline]
    pub(crate) fn key_is_text(&self) -> bool {
        self.hint & (Hint::CANONICAL | Hint::NO_UPPER) == Hint::CANONICAL | Hint::NO_UPPER
    }

    /// Gives the token the facts of the tokenizer's fast path learnt about its text, when it
    /// has none yet (a word cut from a longer run: `Nam` of `NamTừ`, `ủy` of `ủy,Chủ`): a word
    /// read alone by the fast path. Tokens that have them, or that the fast path does not read
    /// whole, are left as they are (and not written to: most tokens have them).
    #[inline]
    pub(crate) fn learn_hint(&mut self) {
        if self.hint != 0 || self.kind != TokenKind::Word {
            return;
        }
        if let Some((end, hint)) = class::plain_word(&CLASSES, self.text.as_bytes(), 0) {
            if end == self.text.len() {
                self.hint = hint;
            }
        }
    }

    /// Whether the tokenizer learnt that no character of the text is upper case.
    #[inline]
    pub(crate) fn has_no_upper(&self) -> bool {
        self.hint & Hint::NO_UPPER != 0
    }

    /// Whether the tokenizer learnt that [`Token::folded`] is the text itself.
    #[inline]
    pub(crate) fn fold_is_text(&self) -> bool {
        self.hint & (Hint::ASCII | Hint::NO_UPPER) == Hint::ASCII | Hint::NO_UPPER
    }

    /// Whether the first character is an upper-case letter (`Liêm`, `UBND`).
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the token has letters and none of them is lower case (`UBND`, `HĐND`, `KT-XH`).
    pub fn is_uppercase(&self) -> bool {
        self.text.chars().any(char::is_uppercase) && !self.text.chars().any(char::is_lowercase)
    }

    /// Whether this is a [`TokenKind::Word`] that is a well-formed Vietnamese syllable.
    pub fn is_syllable(&self) -> bool {
        self.kind == TokenKind::Word && is_syllable(self.text)
    }

    /// Whether the token is the punctuation or symbol character `c`.
    pub fn is_char(&self, c: char) -> bool {
        let mut it = self.text.chars();
        it.next() == Some(c) && it.next().is_none()
    }
}

/// Splits `text` into [`Token`]s.
///
/// [`tokenize`] reads the text once, left to right, and yields [`Token`]s that borrow from it.
/// Every character that is not a space (see [`is_space`](crate::is_space)) lies in exactly one
/// token; spaces lie in none. Tokens come in order and never overlap.
///
/// # Rules, with examples
///
/// A *run* is a stretch of letters and digits, possibly joined by single `.`, `,`, `:`, `/`,
/// `-`, `'` or `’` characters that have a letter or digit on both sides. Runs are then cut:
///
/// 1. `.`, `,` and `:` next to a letter split: `ủy,Chủ` -> `ủy` `,` `Chủ`; `TP.HCM` -> `TP` `.`
///    `HCM`; `2022,tại` -> `2022` `,` `tại`. Between digits they stay: `2.309`, `96,39`,
///    `191.360.000`, `20:47` are one [`Number`](TokenKind::Number).
/// 2. An apostrophe between letters stays inside a word: `H'Leo`, `R'Lấp`.
/// 3. `-` and `/` keep a run whole when it is a *code*: digits only (`18/05/2023`, `12-17`,
///    `17-1`, a [`Number`](TokenKind::Number)), or letters and digits whose letter parts have
///    no lower-case letter (`34-CT/TW`, `15/2023/NQ-HĐND`, `KT-XH`, `COVID-19`), or one word
///    and one number (`Covid-19`): a [`Code`](TokenKind::Code). Otherwise they split:
///    `Phúc-UVBTVTU-Trưởng` -> `Phúc` `-` `UVBTVTU` `-` `Trưởng`, `Rịa-Vũng` -> `Rịa` `-` `Vũng`.
/// 4. Inside a part, a lower-case letter followed by an upper-case one splits when what
///    precedes is a Vietnamese syllable of two letters or more: `NamTừ` -> `Nam` `Từ`; but
///    `ThS`, `TTg`, `iPhone`, `McDonald` stay whole.
/// 5. Letters followed by digits split when the letters are such a syllable (`năm2022` ->
///    `năm` `2022`); otherwise the part is one [`Code`](TokenKind::Code): `Km2`, `Q1`, `H5N1`.
///    Digits followed by letters always split: `4,3ha` -> `4,3` `ha`, `21h04` -> `21` `h04`.
/// 6. Outside runs, a run of dots is one [`Punct`](TokenKind::Punct) (`...`), any other
///    punctuation character is one `Punct` (`“`, `–`, `(`), and any other character one
///    [`Symbol`](TokenKind::Symbol) (`%`, `+`, `$`, emoji, U+FFFD).
///
/// Broken spacing stays visible: `152 .206` gives `152` `.` `206`, and a recognizer that
/// wants to join them compares offsets ([`Token::end`] of one with [`Token::start`] of the next).
///
/// ```
/// use hanhchinh_text::{tokenize, TokenKind};
///
/// let text = "Quận NamTừ Liêm: 2.309 doanh nghiệp, 96,39% (Chỉ thị 34-CT/TW)";
/// let words: Vec<&str> = tokenize(text).map(|t| t.text()).collect();
/// assert_eq!(
///     words,
///     ["Quận", "Nam", "Từ", "Liêm", ":", "2.309", "doanh", "nghiệp", ",", "96,39", "%", "(",
///      "Chỉ", "thị", "34-CT/TW", ")"]
/// );
/// let t = tokenize(text).find(|t| t.kind() == TokenKind::Code).unwrap();
/// assert_eq!(&text[t.span()], "34-CT/TW");
/// ```
///
/// ```
/// use hanhchinh_text::tokenize;
/// let toks: Vec<_> = tokenize("Huyện ủy,Chủ tịch").map(|t| (t.text(), t.start())).collect();
/// assert_eq!(toks, [("Huyện", 0), ("ủy", 8), (",", 12), ("Chủ", 13), ("tịch", 19)]);
/// ```
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokens {
        s: text,
        table: &CLASSES,
        pos: 0,
        run_end: 0,
        sub_end: 0,
        whole: None,
        #[cfg(test)]
        general_only: false,
    }
}

/// The tokenizer by its general run rules alone, without the plain-word and plain-number
/// fast paths: the differential tests check that the fast paths give exactly this.
#[cfg(test)]
pub(crate) fn tokenize_by_the_rules(text: &str) -> Tokens<'_> {
    Tokens {
        general_only: true,
        ..tokenize(text)
    }
}

/// The iterator returned by [`tokenize`].
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    s: &'a str,
    /// The character classes, fetched once per call.
    table: &'static ClassTable,
    pos: usize,
    /// End of the run being cut (see the rules on [`tokenize`]), or `<= pos` outside runs.
    run_end: usize,
    /// End of the current part of the run (between hard splits).
    sub_end: usize,
    /// Set when the current part is one token of this kind.
    whole: Option<TokenKind>,
    /// Tests only: skip the fast paths (see `tokenize_by_the_rules`).
    #[cfg(test)]
    general_only: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(&str, TokenKind)> {
        tokenize(s).map(|t| (t.text(), t.kind())).collect()
    }

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).map(|t| t.text()).collect()
    }

    use TokenKind::*;

    #[test]
    fn seed_faults() {
        assert_eq!(texts("Quận NamTừ Liêm"), ["Quận", "Nam", "Từ", "Liêm"]);
        assert_eq!(
            texts("Hoàng Thái Phúc-UVBTVTU-Trưởng Ban"),
            [
                "Hoàng",
                "Thái",
                "Phúc",
                "-",
                "UVBTVTU",
                "-",
                "Trưởng",
                "Ban"
            ]
        );
        assert_eq!(
            texts("Huyện ủy,Chủ tịch"),
            ["Huyện", "ủy", ",", "Chủ", "tịch"]
        );
        assert_eq!(
            texts("152 .206 đối tượng"),
            ["152", ".", "206", "đối", "tượng"]
        );
        assert_eq!(texts("năm 2022,tại"), ["năm", "2022", ",", "tại"]);
        assert_eq!(texts("kinh\n\ntế"), ["kinh", "tế"]);
    }

    #[test]
    fn numbers_stay_whole() {
        for n in [
            "2.309",
            "96,39",
            "191.360.000",
            "20:47",
            "18/05/2023",
            "12-17",
            "17-1",
            "08",
        ] {
            assert_eq!(toks(n), [(n, Number)], "{n}");
        }
        assert_eq!(toks("96,39%"), [("96,39", Number), ("%", Symbol)]);
        assert_eq!(toks("1.600."), [("1.600", Number), (".", Punct)]);
        assert_eq!(toks("4,3ha"), [("4,3", Number), ("ha", Word)]);
        assert_eq!(toks("21h04"), [("21", Number), ("h04", Code)]);
    }

    #[test]
    fn codes_stay_whole() {
        for c in [
            "34-CT/TW",
            "KT-XH",
            "COVID-19",
            "Covid-19",
            "15/2023/NQ-HĐND",
            "Km2",
            "Q1",
            "H5N1",
        ] {
            assert_eq!(toks(c), [(c, Code)], "{c}");
        }
        assert_eq!(texts("TP.HCM"), ["TP", ".", "HCM"]);
        assert_eq!(texts("Q.1"), ["Q", ".", "1"]);
        assert_eq!(texts("năm2022"), ["năm", "2022"]);
        assert_eq!(texts("Bà Rịa-Vũng Tàu"), ["Bà", "Rịa", "-", "Vũng", "Tàu"]);
    }

    #[test]
    fn words_keep_apostrophes_and_odd_case() {
        assert_eq!(toks("Ea H'Leo"), [("Ea", Word), ("H'Leo", Word)]);
        assert_eq!(texts("ThS TTg iPhone"), ["ThS", "TTg", "iPhone"]);
        assert_eq!(texts("‘trích’"), ["‘", "trích", "’"]);
        assert_eq!(texts("v.v..."), ["v", ".", "v", "..."]);
    }

    #[test]
    fn punctuation_and_symbols() {
        assert_eq!(
            toks("“Đoàn kết – sáng tạo…” 🌾"),
            [
                ("“", Punct),
                ("Đoàn", Word),
                ("kết", Word),
                ("–", Punct),
                ("sáng", Word),
                ("tạo", Word),
                ("…", Punct),
                ("”", Punct),
                ("🌾", Symbol)
            ]
        );
        assert_eq!(
            texts("L?y l?i m\u{FFFD} b?o"),
            ["L", "?", "y", "l", "?", "i", "m", "\u{FFFD}", "b", "?", "o"]
        );
    }

    #[test]
    fn offsets_point_into_the_input() {
        let s = "Chủ tịch \u{a0}Hồ Chí Minh (11/6/1948 - 11/6/2023)";
        for t in tokenize(s) {
            assert_eq!(&s[t.span()], t.text());
        }
        let nfd = "Nguye\u{302}\u{303}n Văn";
        assert_eq!(texts(nfd), ["Nguye\u{302}\u{303}n", "Văn"]);
    }

    #[test]
    fn token_forms() {
        let t = tokenize("Thuỷ").next().unwrap();
        assert_eq!(
            (&*t.normalized(), &*t.folded(), &*t.key()),
            ("Thủy", "thuy", "thủy")
        );
        assert!(t.is_capitalized() && !t.is_uppercase() && t.is_syllable());
    }
}
