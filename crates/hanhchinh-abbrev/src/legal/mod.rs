//! Legal document references: `Chỉ thị số 34-CT/TW ngày 07/4/2014`, `Nghị quyết số
//! 15/2023/NQ-HĐND`, `Quyết định số 1234/QĐ-UBND`, `Nghị định 91/2017/NĐ-CP`, `Chỉ thị 05`,
//! `Luật Đất đai số 31/2024/QH15`, and symbols typed by their code (`Số: 12/2024/NQ-HĐND`).

use std::borrow::Cow;
use std::ops::Range;

use hanhchinh_numdate::{date_in_doc, Options, PartialDate};
use hanhchinh_text::vocab::System;
use hanhchinh_text::{Doc, Gap, Token, TokenKind};

use crate::context::Context;
use crate::lexicon::Lexicon;

mod law_names;
mod symbol;

pub use law_names::{find_law_names, find_law_names_in_doc, LawName};
pub use symbol::Symbol;

/// A numbered reference to a legal or administrative document. Its span runs from the type word
/// (or from `số` when no type word is written) to the end of the number or symbol: the date is
/// not in it ([`LegalRef::date_span`] gives the date's).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct LegalRef<'t> {
    span: Range<usize>,
    text: &'t str,
    doc_type: Cow<'t, str>,
    doc_type_span: Option<Range<usize>>,
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
    hanhchinh_text::span_accessors!(range, "reference");
    /// The reference as written, type word to number or symbol: `Chỉ thị số 34-CT/TW`,
    /// `Luật Đất đai số 31/2024/QH15`, `Số: 12/2024/NQ-HĐND`.
    pub fn text(&self) -> &'t str {
        self.text
    }
    /// The document type: as written (`Chỉ thị`, `nghị quyết`, `Luật` of `Luật Đất đai số
    /// …`), or, when no type word is written (`Số: 12/2024/NQ-HĐND`), the name of the symbol's
    /// type code (`Nghị quyết`).
    pub fn doc_type(&self) -> &str {
        &self.doc_type
    }
    /// Byte range of the type word as written; `None` when the type comes from the code.
    pub fn doc_type_span(&self) -> Option<Range<usize>> {
        self.doc_type_span.clone()
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
    Lexicon::builtin().find_legal_refs_in_doc(&Doc::new(text), ctx)
}

/// Like [`find_legal_refs`], over a document the caller already has.
pub fn find_legal_refs_in_doc<'t>(doc: &Doc<'t>, ctx: &Context) -> Vec<LegalRef<'t>> {
    Lexicon::builtin().find_legal_refs_in_doc(doc, ctx)
}

/// Like [`find_legal_refs`], over tokens the caller already has (builds a [`Doc`] of them: a
/// caller with a `Doc` calls [`find_legal_refs_in_doc`]).
pub fn find_legal_refs_in_tokens<'t>(
    text: &'t str,
    tokens: &[Token<'t>],
    ctx: &Context,
) -> Vec<LegalRef<'t>> {
    Lexicon::builtin().find_legal_refs_in_tokens(text, tokens, ctx)
}

/// Parses a document number or symbol: `34-CT/TW` (party style), `15/2023/NQ-HĐND`,
/// `1234/QĐ-UBND`, `91/2017/NĐ-CP`, `123/UBND-VP` (state style), `05` (number alone), as pages
/// type them: codes in any letter case (`QĐ-TTg`, `qđ-ubnd`), a letter after the number
/// (`215a/QĐ-UBND`), spaces around separators (`TT- BTC`), a space or a slash between type and
/// issuer (`QĐ TTg`, `TTLT/BTC-BNN`). `None` for anything else.
///
/// ```
/// use hanhchinh_abbrev::parse_symbol;
/// let s = parse_symbol("34-CT/TW").unwrap();
/// assert_eq!((s.number, s.year, s.type_code, s.issuer), ("34", None, Some("CT"), Some("TW")));
/// let s = parse_symbol("91/2017/NĐ-CP").unwrap();
/// assert_eq!((s.number, s.year, s.type_code, s.issuer), ("91", Some(2017), Some("NĐ"), Some("CP")));
/// let s = parse_symbol("123/UBND-VP").unwrap();
/// assert_eq!((s.type_code, s.issuer), (None, Some("UBND-VP")));
/// let s = parse_symbol("215a/2009/QĐ TTg").unwrap();
/// assert_eq!((s.number, s.type_code, s.issuer), ("215a", Some("QĐ"), Some("TTg")));
/// let s = parse_symbol("05").unwrap();
/// assert_eq!((s.number, s.type_code, s.issuer), ("05", None, None));
/// assert_eq!(parse_symbol("COVID-19"), None);
/// assert_eq!(parse_symbol("18/05/2023"), None);
/// ```
pub fn parse_symbol(s: &str) -> Option<Symbol<'_>> {
    Lexicon::builtin().parse_symbol(s)
}

impl Lexicon {
    /// See [`find_legal_refs_in_tokens`].
    pub fn find_legal_refs_in_tokens<'t>(
        &self,
        text: &'t str,
        tokens: &[Token<'t>],
        ctx: &Context,
    ) -> Vec<LegalRef<'t>> {
        self.find_legal_refs_in_doc(&Doc::from_tokens(text, tokens.to_vec()), ctx)
    }

    /// See [`find_legal_refs_in_doc`].
    pub fn find_legal_refs_in_doc<'t>(&self, doc: &Doc<'t>, ctx: &Context) -> Vec<LegalRef<'t>> {
        let tokens = doc.tokens();
        let mut out = Vec::new();
        let mut opts = Options::new();
        opts.reference_date = ctx
            .year
            .and_then(|y| i16::try_from(y).ok())
            .and_then(|y| PartialDate::y(y).ok());
        // Every reference has a number: start from the numbers and look back for `[type] [số [:]]`.
        let mut resume = 0;
        for (k, t) in tokens.iter().enumerate() {
            if k < resume
                || !matches!(t.kind(), TokenKind::Number | TokenKind::Code)
                || !t.text().starts_with(|c: char| c.is_ascii_digit())
            {
                continue;
            }
            // `số` as written (NFC) is read from the text; only a six-byte `s…` word (the
            // decomposed spelling) asks the Doc for its key. Reading the Doc's facts of the
            // word before every number costs a cache miss each.
            let is_so = |n: usize| {
                k.checked_sub(n).is_some_and(|i| {
                    let w = doc.word(i);
                    matches!(w, "số" | "Số" | "SỐ")
                        || (w.len() == 6
                            && w.as_bytes().first().is_some_and(|b| b | 0x20 == b's')
                            && doc.is(i, "số"))
                })
            };
            let colon = |n: usize| k.checked_sub(n).is_some_and(|i| doc.word(i) == ":");
            let so = if colon(1) && is_so(2) {
                Some(k - 2)
            } else if is_so(1) {
                Some(k - 1)
            } else {
                None
            };
            let type_end = so.unwrap_or(k);
            let head = if let Some(start) = self.doctype_ending_at(doc, type_end) {
                // 1. A document type written before: `Quyết định số 12/QĐ-UBND`, `Chỉ thị 05`.
                Some(Head {
                    start,
                    type_tokens: Some(start..type_end),
                    so: so.is_some(),
                    needs: Needs::Nothing,
                })
            } else if let Some(so) = so {
                match law_name_before(doc, so) {
                    // 2. A law named between `Luật` and `số`: `Luật Đất đai số 31/2024/QH15`.
                    Some((start, type_tokens)) => Some(Head {
                        start,
                        type_tokens: Some(type_tokens),
                        so: true,
                        needs: Needs::Issuer,
                    }),
                    // 3. `Số: 12/2024/NQ-HĐND`, `; số 99/2025/NĐ-CP`: typed by the code.
                    None => Some(Head {
                        start: so,
                        type_tokens: None,
                        so: true,
                        needs: Needs::TypeCode,
                    }),
                }
            } else {
                None
            };
            let Some(head) = head else { continue };
            if let Some((r, next)) = self.legal_ref_at(doc, &head, k, &opts) {
                resume = next;
                out.push(r);
            }
        }
        out
    }

    /// The first token of the longest document-type name that ends just before token `end`.
    fn doctype_ending_at(&self, doc: &Doc<'_>, end: usize) -> Option<usize> {
        let last = end.checked_sub(1)?;
        // The first letter of the text first (cheap), then the key (from the Doc).
        if !self.may_end_doctype(doc.word(last)) || !self.is_doctype_last_key(doc.key(last)) {
            return None;
        }
        let mut key = String::new();
        for n in (1..=self.doctype_name_max).rev() {
            let Some(start) = end.checked_sub(n) else {
                continue;
            };
            if (start..end).any(|w| doc.kind(w) != Some(TokenKind::Word)) {
                continue;
            }
            doc.keys_into(start..end, &mut key);
            if self.doctype_by_key_of(&key).is_some() {
                return Some(start);
            }
        }
        None
    }

    /// Whether tokens `r` name a document type that the symbol code `code` stands for.
    fn names_code(&self, doc: &Doc<'_>, r: Range<usize>, code: &str) -> bool {
        let mut key = String::new();
        doc.keys_into(r, &mut key);
        self.doctype_by_key_of(&key)
            .is_some_and(|d| self.doctypes_by_code(code).any(|c| std::ptr::eq(c, d)))
    }

    fn legal_ref_at<'t>(
        &self,
        doc: &Doc<'t>,
        head: &Head,
        j: usize,
        opts: &Options,
    ) -> Option<(LegalRef<'t>, usize)> {
        let (text, tokens) = (doc.text(), doc.tokens());
        let num = tokens.get(j)?;
        // Without `số`: a capitalised type, and not a bare year (`Kế hoạch 2023`) or a date.
        if !head.so {
            if !tokens.get(head.start)?.is_capitalized() {
                return None;
            }
            let s = num.text();
            // A number glued to a slash or a dash opens a symbol (`1234/QĐ-TTg`, cut into
            // tokens by its lower-case letters), whatever its digits.
            let opens_symbol = matches!(doc.word(j + 1), "/" | "-") && doc.touches(j + 1);
            let bare_year = s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && !opens_symbol;
            let date_like =
                num.kind() == TokenKind::Number && s.bytes().filter(|&b| b == b'/').count() >= 2;
            if bare_year || date_like {
                return None;
            }
        }
        // The longest reading of the symbol that the grammar accepts.
        let (sym, last, written) = self
            .symbol_extents(doc, j)
            .into_iter()
            .rev()
            .find_map(|e| {
                let end = tokens.get(e)?.end();
                let written = text.get(num.start()..end)?;
                Some((self.parse_symbol(written)?, e, written))
            })?;
        let Symbol {
            number,
            year,
            type_code,
            issuer,
        } = sym;
        // A type written before the one found, which the symbol's code names, opens the
        // reference: `Thông báo kết luận số 45/TB-VPCP` is a Thông báo (`TB`), not a Kết luận.
        let type_tokens = match (&head.type_tokens, type_code) {
            (Some(r), Some(code)) if !self.names_code(doc, r.clone(), code) => {
                match self.doctype_ending_at(doc, r.start) {
                    Some(s) if self.names_code(doc, s..r.start, code) => Some(s..r.end),
                    _ => Some(r.clone()),
                }
            }
            (r, _) => r.clone(),
        };
        let first = tokens.get(type_tokens.as_ref().map_or(head.start, |r| r.start))?;
        let doc_type: Cow<'t, str> = match (&type_tokens, head.needs) {
            (_, Needs::Issuer) if issuer.is_none() => return None,
            (Some(r), _) => {
                let (a, b) = (tokens.get(r.start)?, tokens.get(r.end.checked_sub(1)?)?);
                Cow::Borrowed(text.get(a.start()..b.end())?)
            }
            (None, _) => {
                // Party symbols put the type code after a dash (`34-CT/TW`).
                let party = written
                    .get(number.len()..)
                    .is_some_and(|r| r.trim_start().starts_with('-'));
                let code = type_code?;
                let wanted = if party { System::Party } else { System::State };
                let d = self
                    .doctypes_by_code(code)
                    .find(|d| d.system() == wanted || d.system() == System::Any)
                    .or_else(|| self.doctypes_by_code(code).next())?;
                Cow::Owned(d.name().to_string())
            }
        };
        let doc_type_span = match &type_tokens {
            Some(r) => Some(tokens.get(r.start)?.start()..tokens.get(r.end.checked_sub(1)?)?.end()),
            None => None,
        };
        let symbol = (written != number).then_some(written);
        let end = tokens.get(last)?.end();
        let span = first.start()..end;
        let mut next = last + 1;
        // The date written after it: `ngày 07/4/2014`, also after a comma or in brackets
        // (`Công văn 512/SNV-XDCQ (ngày 5/6/2025)`).
        let mut k = last + 1;
        if tokens
            .get(k)
            .is_some_and(|t| t.is_char(',') || t.is_char('('))
            && doc.is(k + 1, "ngày")
        {
            k += 1;
        }
        // The number of a document's own header (`Số: 41/2019/QĐ-UBND`) takes the date of the
        // place-and-date line after it (`Quảng Trị, ngày 22 tháng 10 năm 2019`, Nghị định
        // 30/2020/NĐ-CP, Phụ lục I), on the next line or in the next cell of a table.
        if !doc.is(k, "ngày") && doc.is(head.start, "số") && doc.is(head.start + 1, ":") {
            if let Some(d) = header_dateline(doc, k) {
                k = d;
            }
        }
        let (date, date_span) = match tokens.get(k) {
            Some(_) if doc.is(k, "ngày") => match date_in_doc(doc, k, opts) {
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
                doc_type,
                doc_type_span,
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

/// The `ngày` of a place-and-date line that starts at token `k` (after a line break or a
/// table's `|`): `Quảng Trị, ngày 22 tháng 10 năm 2019`, the place in capitalised words (at most
/// six), a comma, `ngày`.
fn header_dateline(doc: &Doc<'_>, k: usize) -> Option<usize> {
    let mut j = k;
    if doc.is(j, "|") {
        j += 1;
    } else if !matches!(doc.gap_before(j), Gap::Line | Gap::Para) {
        return None;
    }
    let place = j;
    while j < doc.len() && j - place < 6 && doc.is_name_word(j) {
        j += 1;
    }
    (j > place && doc.is(j, ",") && doc.is(j + 1, "ngày")).then_some(j + 1)
}

/// Where a reference starts and what it needs, found from the words before its number.
struct Head {
    /// First token of the reference.
    start: usize,
    /// Tokens of the type as written (`Quyết định`; `Luật` of a law's name).
    type_tokens: Option<Range<usize>>,
    /// Whether `số` stands before the number.
    so: bool,
    needs: Needs,
}

/// What the symbol must have for the reference to stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Needs {
    /// Nothing: the type is written.
    Nothing,
    /// An issuer (a law's name before `số`: `…/QH15`).
    Issuer,
    /// A type code: the type comes from it.
    TypeCode,
}

/// A law, code or ordinance named before `số` (token `so`): `Luật Đất đai số`, `Bộ luật Lao
/// động số`, `Pháp lệnh … số`: the reference's first token and the tokens of its type word
/// (`Luật`, `Bộ luật`, `Pháp lệnh`). The name is words and commas (at most sixteen tokens),
/// capitalised type word first; `Luật sư` (a lawyer) is no law.
fn law_name_before(doc: &Doc<'_>, so: usize) -> Option<(usize, Range<usize>)> {
    let lo = so.saturating_sub(16);
    let mut i = so;
    while i > lo {
        i -= 1;
        let t = doc.token(i)?;
        if t.kind() != TokenKind::Word {
            if t.is_char(',') || t.is_char('-') {
                continue;
            }
            return None;
        }
        let before = |w: &str| i.checked_sub(1).is_some_and(|k| doc.is(k, w));
        let (a, b) = match doc.key(i) {
            "luật" if before("bộ") => (i - 1, i + 1),
            "luật" => (i, i + 1),
            "lệnh" if before("pháp") => (i - 1, i + 1),
            _ => continue,
        };
        // A name follows the type word (not `Luật số`, read as a type already), and it is no
        // lawyer (`Luật sư`).
        let capitalised = doc.token(a).is_some_and(Token::is_capitalized);
        if !capitalised || b >= so || doc.is(b, "sư") {
            return None;
        }
        return Some((a, a..b));
    }
    None
}
