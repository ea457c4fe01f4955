//! Laws and codes named by their titles, without a number (`Luật Thi đua, khen thưởng`).

use std::ops::Range;

use hanhchinh_text::{Doc, Token, TokenKind};

use crate::lexicon::Lexicon;

/// A law or code named by its title, without a number (`Luật Thi đua, khen thưởng`, written
/// also `Luật thi đua khen thưởng`): the name of `laws.tsv` it matches.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct LawName<'t, 'l> {
    span: Range<usize>,
    text: &'t str,
    name: &'l str,
}

impl<'t, 'l> LawName<'t, 'l> {
    hanhchinh_text::span_accessors!(range, "name");
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
    Lexicon::builtin().find_law_names_in_doc(&Doc::new(text))
}

/// Like [`find_law_names`], over a document the caller already has.
pub fn find_law_names_in_doc<'t>(doc: &Doc<'t>) -> Vec<LawName<'t, 'static>> {
    Lexicon::builtin().find_law_names_in_doc(doc)
}

impl Lexicon {
    /// Laws named by their titles over pre-computed tokens (see [`find_law_names`]); builds a
    /// [`Doc`] of them.
    pub fn find_law_names_in_tokens<'t, 'l>(
        &'l self,
        text: &'t str,
        tokens: &[Token<'t>],
    ) -> Vec<LawName<'t, 'l>> {
        self.find_law_names_in_doc(&Doc::from_tokens(text, tokens.to_vec()))
    }

    /// Laws named by their titles in a document (see [`find_law_names`]).
    pub fn find_law_names_in_doc<'t, 'l>(&'l self, doc: &Doc<'t>) -> Vec<LawName<'t, 'l>> {
        let (text, tokens) = (doc.text(), doc.tokens());
        let mut out = Vec::new();
        let mut i = 0;
        while let Some(t) = tokens.get(i) {
            let starts = matches!(doc.key(i), "luật" | "bộ" | "hiến");
            if !starts {
                i += 1;
                continue;
            }
            // Keys of the next words, commas skipped: (key, token index).
            let mut words: Vec<(&str, usize)> = Vec::new();
            let mut j = i;
            while let Some(w) = tokens.get(j) {
                if words.len() >= 16 {
                    break;
                }
                if w.kind() == TokenKind::Word {
                    words.push((doc.key(j), j));
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
