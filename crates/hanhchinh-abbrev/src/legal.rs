//! Legal document references: `Chỉ thị số 34-CT/TW ngày 07/4/2014`, `Nghị quyết số
//! 15/2023/NQ-HĐND`, `Quyết định số 1234/QĐ-UBND`, `Nghị định 91/2017/NĐ-CP`, `Chỉ thị 05`.

use std::ops::Range;

use hanhchinh_numdate::{date_at, Options, PartialDate};
use hanhchinh_text::{tokenize, Token, TokenKind};

use crate::context::Context;
use crate::lexicon::Lexicon;

/// A numbered reference to a legal or administrative document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegalRef<'t> {
    span: Range<usize>,
    text: &'t str,
    doc_type: &'t str,
    number: &'t str,
    symbol: Option<&'t str>,
    year: Option<i32>,
    type_code: Option<&'t str>,
    issuer: Option<&'t str>,
    issuer_name: Option<String>,
    date: Option<PartialDate>,
    date_span: Option<Range<usize>>,
}

impl<'t> LegalRef<'t> {
    /// Byte range from the type word to the end of the number or symbol (the date is not in it).
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }
    /// The reference as written, type word to number or symbol: `Chỉ thị số 34-CT/TW`.
    pub fn text(&self) -> &'t str {
        self.text
    }
    /// The document type as written: `Chỉ thị`, `Nghị quyết`.
    pub fn doc_type(&self) -> &'t str {
        self.doc_type
    }
    /// The number as written, leading zeros kept: `34`, `05`, `1234`.
    pub fn number(&self) -> &'t str {
        self.number
    }
    /// The whole symbol when one is written: `34-CT/TW`, `15/2023/NQ-HĐND`.
    pub fn symbol(&self) -> Option<&'t str> {
        self.symbol
    }
    /// The year of the symbol (`2023` in `15/2023/NQ-HĐND`).
    pub fn year(&self) -> Option<i32> {
        self.year
    }
    /// The type code of the symbol: `CT`, `NQ`, `QĐ`.
    pub fn type_code(&self) -> Option<&'t str> {
        self.type_code
    }
    /// The issuer code of the symbol (`TW`, `HĐND`, `CP`, `UBND-VP`); `None` without a symbol.
    pub fn issuer(&self) -> Option<&'t str> {
        self.issuer
    }
    /// The issuer expanded (`Trung ương`, `Hội đồng nhân dân`, `Chính phủ`), when known.
    pub fn issuer_name(&self) -> Option<&str> {
        self.issuer_name.as_deref()
    }
    /// The date written after the reference (`ngày 07/4/2014`), read by `hanhchinh-numdate`.
    pub fn date(&self) -> Option<PartialDate> {
        self.date
    }
    /// Byte range of that date (`ngày 07/4/2014`).
    pub fn date_span(&self) -> Option<Range<usize>> {
        self.date_span.clone()
    }
}

/// Finds the numbered legal references of `text` with the built-in lexicon.
///
/// ```
/// use hanhchinh_abbrev::{find_legal_refs, Context};
///
/// let text = "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị; Nghị quyết số 15/2023/NQ-HĐND";
/// let refs = find_legal_refs(text, &Context::new());
/// assert_eq!(refs[0].text(), "Chỉ thị số 34-CT/TW");
/// assert_eq!((refs[0].doc_type(), refs[0].number(), refs[0].issuer()), ("Chỉ thị", "34", Some("TW")));
/// assert_eq!(refs[0].issuer_name(), Some("Trung ương"));
/// assert_eq!(refs[0].date().unwrap().iso(), "2014-04-07");
/// assert_eq!((refs[1].number(), refs[1].year(), refs[1].type_code()), ("15", Some(2023), Some("NQ")));
/// assert_eq!(refs[1].issuer_name(), Some("Hội đồng nhân dân"));
/// ```
pub fn find_legal_refs<'t>(text: &'t str, ctx: &Context) -> Vec<LegalRef<'t>> {
    let tokens: Vec<Token<'t>> = tokenize(text).collect();
    Lexicon::builtin().find_legal_refs_in_tokens(text, &tokens, ctx)
}

/// Like [`find_legal_refs`], over tokens the caller already has.
pub fn find_legal_refs_in_tokens<'t>(
    text: &'t str,
    tokens: &[Token<'t>],
    ctx: &Context,
) -> Vec<LegalRef<'t>> {
    Lexicon::builtin().find_legal_refs_in_tokens(text, tokens, ctx)
}

/// The parts of a document number or symbol (see [`parse_symbol`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Symbol<'s> {
    /// The number as written (`34`, `05`).
    pub number: &'s str,
    /// The year of a state-style symbol (`2017` in `91/2017/NĐ-CP`).
    pub year: Option<i32>,
    /// The document-type code (`CT`, `NĐ`), when the symbol has one.
    pub type_code: Option<&'s str>,
    /// The issuer code (`TW`, `CP`, `UBND-VP`), when the symbol has one.
    pub issuer: Option<&'s str>,
}

/// Parses a document number or symbol: `34-CT/TW` (party style), `15/2023/NQ-HĐND`,
/// `1234/QĐ-UBND`, `91/2017/NĐ-CP`, `123/UBND-VP` (state style), `05` (number alone).
///
/// ```
/// use hanhchinh_abbrev::{parse_symbol, Symbol};
/// let s = parse_symbol("34-CT/TW").unwrap();
/// assert_eq!((s.number, s.year, s.type_code, s.issuer), ("34", None, Some("CT"), Some("TW")));
/// let s = parse_symbol("91/2017/NĐ-CP").unwrap();
/// assert_eq!((s.number, s.year, s.type_code, s.issuer), ("91", Some(2017), Some("NĐ"), Some("CP")));
/// let s = parse_symbol("123/UBND-VP").unwrap();
/// assert_eq!((s.type_code, s.issuer), (None, Some("UBND-VP")));
/// assert_eq!(parse_symbol("05"), Some(Symbol { number: "05", year: None, type_code: None, issuer: None }));
/// assert_eq!(parse_symbol("COVID-19"), None);
/// ```
pub fn parse_symbol(s: &str) -> Option<Symbol<'_>> {
    Lexicon::builtin().parse_symbol(s)
}

fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(char::is_alphanumeric)
        && s.chars().next().is_some_and(char::is_alphabetic)
}

impl Lexicon {
    /// See [`parse_symbol`].
    pub fn parse_symbol<'s>(&self, s: &'s str) -> Option<Symbol<'s>> {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        let number = s.get(..digits)?;
        if number.is_empty() {
            return None;
        }
        let rest = s.get(digits..)?;
        if rest.is_empty() {
            return Some(Symbol {
                number,
                year: None,
                type_code: None,
                issuer: None,
            });
        }
        // Party style: 34-CT/TW.
        if let Some(r) = rest.strip_prefix('-') {
            let (code, issuer) = r.split_once('/')?;
            if is_code(code) && !issuer.is_empty() && issuer.split('-').all(is_code) {
                return Some(Symbol {
                    number,
                    year: None,
                    type_code: Some(code),
                    issuer: Some(issuer),
                });
            }
            return None;
        }
        // State style: 15/2023/NQ-HĐND, 1234/QĐ-UBND, 123/UBND-VP.
        let r = rest.strip_prefix('/')?;
        let (year, r) = match r.split_once('/') {
            Some((y, tail)) if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => {
                (y.parse::<i32>().ok(), tail)
            }
            _ => (None, r),
        };
        if r.is_empty() || !r.split('-').all(is_code) {
            return None;
        }
        match r.split_once('-') {
            Some((code, issuer)) if self.doctypes_by_code(code).next().is_some() => Some(Symbol {
                number,
                year,
                type_code: Some(code),
                issuer: Some(issuer),
            }),
            _ if self.doctypes_by_code(r).next().is_some() => Some(Symbol {
                number,
                year,
                type_code: Some(r),
                issuer: None,
            }),
            _ => Some(Symbol {
                number,
                year,
                type_code: None,
                issuer: Some(r),
            }),
        }
    }

    /// The expansion of an issuer code (each part of `BTC-BNV`; the khóa of `QH14` dropped).
    fn issuer_name(&self, issuer: &str) -> Option<String> {
        let mut names = Vec::new();
        for part in issuer.split('-') {
            let bare = part.trim_end_matches(|c: char| c.is_ascii_digit());
            names.push(self.issuer(part).or_else(|| self.issuer(bare))?);
        }
        Some(names.join(" - "))
    }

    /// See [`find_legal_refs_in_tokens`].
    pub fn find_legal_refs_in_tokens<'t>(
        &self,
        text: &'t str,
        tokens: &[Token<'t>],
        ctx: &Context,
    ) -> Vec<LegalRef<'t>> {
        let mut out = Vec::new();
        let mut opts = Options::new();
        opts.reference_date = ctx
            .year
            .and_then(|y| i16::try_from(y).ok())
            .and_then(|y| PartialDate::y(y).ok());
        // Every reference has a number: start from the numbers and look back for `[type] [số [:]]`.
        let mut key = String::new();
        let mut resume = 0;
        for (k, t) in tokens.iter().enumerate() {
            if k < resume
                || !matches!(t.kind(), TokenKind::Number | TokenKind::Code)
                || !t.text().starts_with(|c: char| c.is_ascii_digit())
            {
                continue;
            }
            let prev = |n: usize| k.checked_sub(n).and_then(|i| tokens.get(i));
            let type_end = if prev(1).is_some_and(|p| p.is_char(':'))
                && prev(2).is_some_and(|p| p.key() == "số")
            {
                k - 2
            } else if prev(1).is_some_and(|p| p.key() == "số") {
                k - 1
            } else {
                k
            };
            let last_ok = type_end
                .checked_sub(1)
                .and_then(|i| tokens.get(i))
                .is_some_and(|w| self.is_doctype_last_word(w.text()));
            if !last_ok {
                continue;
            }
            // The longest document-type name that ends at `type_end`.
            let mut found = None;
            for n in (1..=self.doctype_name_max).rev() {
                let Some(start) = type_end.checked_sub(n) else {
                    continue;
                };
                let Some(words) = tokens.get(start..type_end) else {
                    continue;
                };
                if words.iter().any(|w| w.kind() != TokenKind::Word) {
                    continue;
                }
                key.clear();
                for (x, w) in words.iter().enumerate() {
                    if x > 0 {
                        key.push(' ');
                    }
                    hanhchinh_text::key_into(w.text(), &mut key);
                }
                if self.doctype_by_name(&key).is_some() {
                    found = Some(start);
                    break;
                }
            }
            let Some(start) = found else { continue };
            if let Some((r, next)) = self.legal_ref_at(text, tokens, start, type_end, &opts) {
                resume = next;
                out.push(r);
            }
        }
        out
    }

    fn legal_ref_at<'t>(
        &self,
        text: &'t str,
        tokens: &[Token<'t>],
        first: usize,
        after_type: usize,
        opts: &Options,
    ) -> Option<(LegalRef<'t>, usize)> {
        let type_first = tokens.get(first)?;
        let type_last = tokens.get(after_type.checked_sub(1)?)?;
        let mut j = after_type;
        let so = tokens.get(j).is_some_and(|t| t.key() == "số");
        if so {
            j += 1;
            if tokens.get(j).is_some_and(|t| t.is_char(':')) {
                j += 1;
            }
        }
        let num = tokens.get(j)?;
        if !matches!(num.kind(), TokenKind::Number | TokenKind::Code)
            || !num.text().starts_with(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        // Without `số`: a capitalised type, and not a bare year (`Kế hoạch 2023`) or a date.
        if !so {
            if !type_first.is_capitalized() {
                return None;
            }
            let s = num.text();
            let bare_year = s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
            let date_like =
                num.kind() == TokenKind::Number && s.bytes().filter(|&b| b == b'/').count() >= 2;
            if bare_year || date_like {
                return None;
            }
        }
        let Symbol {
            number,
            year,
            type_code,
            issuer,
        } = self.parse_symbol(num.text())?;
        let symbol = (num.text() != number).then_some(num.text());
        let span = type_first.start()..num.end();
        let mut next = j + 1;
        // The date written after it: `ngày 07/4/2014`, also after a comma.
        let mut k = j + 1;
        if tokens.get(k).is_some_and(|t| t.is_char(',')) {
            k += 1;
        }
        let (date, date_span) = match tokens.get(k) {
            // Only the few tokens of the date are handed over: `date_at` may prepare the
            // whole slice it is given.
            Some(t) if t.key() == "ngày" => match date_at(
                text,
                tokens.get(k..tokens.len().min(k + 12)).unwrap_or(&[]),
                0,
                opts,
            ) {
                Some(item) => {
                    next = tokens.partition_point(|t| t.start() < item.end());
                    (item.date(), Some(item.span()))
                }
                None => (None, None),
            },
            _ => (None, None),
        };
        Some((
            LegalRef {
                text: text.get(span.clone())?,
                doc_type: text.get(type_first.start()..type_last.end())?,
                span,
                number,
                symbol,
                year,
                type_code,
                issuer,
                issuer_name: issuer.and_then(|i| self.issuer_name(i)),
                date,
                date_span,
            },
            next,
        ))
    }
}

/// A law or code named by its title, without a number (`Luật Thi đua, khen thưởng`, written
/// also `Luật thi đua khen thưởng`): the name of `laws.tsv` it matches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LawName<'t, 'l> {
    span: Range<usize>,
    text: &'t str,
    name: &'l str,
}

impl<'t, 'l> LawName<'t, 'l> {
    /// Byte range in the original input.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }
    /// As written.
    pub fn text(&self) -> &'t str {
        self.text
    }
    /// The official title (`Luật Thi đua, khen thưởng`).
    pub fn name(&self) -> &'l str {
        self.name
    }
}

/// Finds laws and codes named by their titles (any case; commas optional), with the built-in
/// table. These are not numbered references: the gold convention of the project keeps
/// `legal_ref` to numbered ones, so this is a separate function.
///
/// ```
/// use hanhchinh_abbrev::find_law_names;
/// let found = find_law_names("Luật thi đua khen thưởng và các văn bản hướng dẫn");
/// assert_eq!(found[0].text(), "Luật thi đua khen thưởng");
/// assert_eq!(found[0].name(), "Luật Thi đua, khen thưởng");
/// assert!(find_law_names("luật pháp").is_empty());
/// ```
pub fn find_law_names(text: &str) -> Vec<LawName<'_, 'static>> {
    let tokens: Vec<Token<'_>> = tokenize(text).collect();
    Lexicon::builtin().find_law_names_in_tokens(text, &tokens)
}

impl Lexicon {
    /// Laws named by their titles over pre-computed tokens (see [`find_law_names`]).
    pub fn find_law_names_in_tokens<'t, 'l>(
        &'l self,
        text: &'t str,
        tokens: &[Token<'t>],
    ) -> Vec<LawName<'t, 'l>> {
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(t) = tokens.get(i) {
            let first = t.text();
            let starts = matches!(
                first,
                "Luật" | "luật" | "LUẬT" | "Bộ" | "bộ" | "BỘ" | "Hiến" | "hiến" | "HIẾN"
            );
            if !starts {
                i += 1;
                continue;
            }
            // Keys of the next words, commas skipped: (key, token index).
            let mut words: Vec<(String, usize)> = Vec::new();
            let mut j = i;
            while let Some(w) = tokens.get(j) {
                if words.len() >= 16 {
                    break;
                }
                if w.kind() == TokenKind::Word {
                    words.push((w.key().into_owned(), j));
                } else if !w.is_char(',') {
                    break;
                }
                j += 1;
            }
            let mut best: Option<(usize, &str)> = None;
            for (name, keys) in &self.laws {
                let n = keys.len();
                if n > 0
                    && n <= words.len()
                    && keys.iter().zip(&words).all(|(k, (w, _))| k == w)
                    && best.map_or(true, |(m, _)| n > m)
                {
                    best = Some((n, name.as_str()));
                }
            }
            match best.and_then(|(n, name)| Some((words.get(n.checked_sub(1)?)?.1, name))) {
                Some((last, name)) => {
                    let end = tokens.get(last).map_or(t.end(), Token::end);
                    out.push(LawName {
                        span: t.start()..end,
                        text: text.get(t.start()..end).unwrap_or(""),
                        name,
                    });
                    i = last + 1;
                }
                None => i += 1,
            }
        }
        out
    }
}
