//! The lexicon: abbreviations, ranks, title words, document types, issuer codes and surnames,
//! loaded from the tab-separated tables of `data/abbrev/` and `data/surnames/`.

use std::collections::{HashMap, HashSet};

use aho_corasick::AhoCorasick;
use hanhchinh_text::vocab::{self, DocType, UnitType};
use once_cell::sync::Lazy;

use crate::error::Error;

mod load;
mod types;

pub(crate) use types::TitleWord;
pub use types::{
    Candidate, Category, Condition, Entry, Part, Rank, RankKind, Scope, Tables, WordKind,
};

/// What a pattern of the scanning automaton spells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// The abbreviation entry of this index.
    Entry(usize),
    /// The rank of this index (its abbreviation: `PGS`, `ThS`, `Đ/c`).
    Rank(usize),
}

/// The parsed lexicon, with the automaton that scans text for its abbreviations.
#[derive(Clone, Debug)]
pub struct Lexicon {
    entries: Vec<Entry>,
    by_abbr: HashMap<String, usize>,
    /// Pattern id of the automaton -> what it spells.
    pattern_target: Vec<Target>,
    automaton: Option<AhoCorasick>,
    /// First words of patterns that are not all upper case (`Hội` of `Hội LHPN`, `TTg`): the
    /// only tokens with a lower-case letter where a pattern can start. A handful: a list is
    /// faster to search than a hash set (this runs at every capitalised word).
    mixed_starts: Vec<String>,
    /// Compound parts: (abbr, entry index), longest first.
    parts: Vec<(String, usize)>,
    /// Abbreviations recognised only as parts (`UV`, `UB`, `BT`, `CT`): a short list.
    part_only: Vec<String>,
    ranks: Vec<Rank>,
    rank_by_key: HashMap<String, usize>,
    rank_by_abbr: HashMap<String, usize>,
    pub(crate) title_words: HashMap<String, TitleWord>,
    pub(crate) title_word_max: usize,
    /// Document types of the vocabulary by the key of their name -> index in
    /// `vocab::doc_types()`.
    doctype_by_key: HashMap<String, usize>,
    /// (`code_key` of the code, index in `vocab::doc_types()`), in table order.
    doctype_codes: Vec<(String, usize)>,
    pub(crate) doctype_name_max: usize,
    /// Keys of the last words of document-type names (`thị` of `chỉ thị`): a cheap test.
    doctype_last_keys: HashSet<String>,
    /// Those last words as written in lower case, capitalised and in capitals (`thị`, `Thị`,
    /// `THỊ`): a test on a token's text before its key is read from the Doc (a cache miss).
    doctype_last_written: HashSet<String>,
    issuers: HashMap<String, String>,
    /// Keys of the full names of the ministries among the issuers (`bộ công an`) and of the
    /// provincial departments that mirror them (`sở y tế`): names that nothing in lower case
    /// continues (`Bộ trưởng Bộ Công an kiểm tra …`: the verb is no part of the name).
    complete_bodies: HashSet<String>,
    /// Issuer codes by [`code_key`] (`TTG` -> `TTg`): symbols typed in any letter case.
    issuer_by_key: HashMap<String, String>,
    surnames: Vec<String>,
    surname_keys: HashSet<String>,
    /// Law titles and the keys of their words (commas left out).
    pub(crate) laws: Vec<(String, Vec<String>)>,
}

static BUILTIN: Lazy<Result<Lexicon, Error>> =
    Lazy::new(|| Lexicon::from_tables(&Tables::builtin()));
static EMPTY: Lazy<Lexicon> = Lazy::new(Lexicon::empty);

impl Lexicon {
    /// The lexicon built from the embedded tables (parsed once, on first use).
    ///
    /// The embedded tables are validated by the crate's tests; should they ever fail to parse,
    /// this returns an empty lexicon rather than panicking (see [`Lexicon::try_builtin`]).
    ///
    /// ```
    /// use hanhchinh_abbrev::Lexicon;
    /// let lex = Lexicon::builtin();
    /// assert_eq!(lex.entry("HĐND").unwrap().candidates()[0].expansion(), "Hội đồng nhân dân");
    /// assert!(lex.entries().len() > 100);
    /// ```
    pub fn builtin() -> &'static Lexicon {
        match &*BUILTIN {
            Ok(lex) => lex,
            Err(_) => &EMPTY,
        }
    }

    /// The built-in lexicon, or the error of its tables.
    pub fn try_builtin() -> Result<&'static Lexicon, &'static Error> {
        BUILTIN.as_ref()
    }

    fn empty() -> Lexicon {
        Lexicon {
            entries: Vec::new(),
            by_abbr: HashMap::new(),
            pattern_target: Vec::new(),
            automaton: None,
            mixed_starts: Vec::new(),
            parts: Vec::new(),
            part_only: Vec::new(),
            ranks: Vec::new(),
            rank_by_key: HashMap::new(),
            rank_by_abbr: HashMap::new(),
            title_words: HashMap::new(),
            title_word_max: 0,
            doctype_by_key: HashMap::new(),
            doctype_codes: Vec::new(),
            doctype_name_max: 0,
            doctype_last_keys: HashSet::new(),
            doctype_last_written: HashSet::new(),
            issuers: HashMap::new(),
            complete_bodies: HashSet::new(),
            issuer_by_key: HashMap::new(),
            surnames: Vec::new(),
            surname_keys: HashSet::new(),
            laws: Vec::new(),
        }
    }
}

impl Lexicon {
    /// Every abbreviation entry, in table order (organs, titles, other).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry of an abbreviation written exactly so (case matters: `TTg`, `ThS`).
    pub fn entry(&self, abbr: &str) -> Option<&Entry> {
        self.by_abbr.get(abbr).and_then(|&i| self.entries.get(i))
    }

    /// Whether a pattern may start at a word with a lower-case letter (`Hội`, `TTg`).
    pub(crate) fn is_mixed_start(&self, word: &str) -> bool {
        self.mixed_starts.iter().any(|m| m == word)
    }

    pub(crate) fn automaton(&self) -> Option<&AhoCorasick> {
        self.automaton.as_ref()
    }

    /// What an automaton pattern spells: an entry of the abbreviation tables or a rank.
    pub(crate) fn pattern_target(&self, pattern: usize) -> Option<Target> {
        self.pattern_target.get(pattern).copied()
    }

    pub(crate) fn entry_at(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i)
    }

    pub(crate) fn rank_at(&self, i: usize) -> Option<&Rank> {
        self.ranks.get(i)
    }

    pub(crate) fn parts(&self) -> &[(String, usize)] {
        &self.parts
    }

    /// Whether `abbr` is an abbreviation recognised only inside compounds and chains (`UV`).
    pub(crate) fn is_part_only(&self, abbr: &str) -> bool {
        self.part_only.iter().any(|p| p == abbr)
    }

    /// Every rank, in table order.
    pub fn ranks(&self) -> &[Rank] {
        &self.ranks
    }

    /// The rank written out (`Đại tá`, `đồng chí`; any case and tone placement).
    pub fn rank(&self, form: &str) -> Option<&Rank> {
        self.rank_by_key
            .get(hanhchinh_text::key(form).as_ref())
            .and_then(|&i| self.ranks.get(i))
    }

    /// The rank whose written-out form has the lookup key `key` (`đại tá`).
    pub(crate) fn rank_by_key_of(&self, key: &str) -> Option<&Rank> {
        self.rank_by_key.get(key).and_then(|&i| self.ranks.get(i))
    }

    /// The rank of an abbreviation written so (`PGS`, `ThS`; an abbreviation listed in lower
    /// case is also found capitalised and in capitals: `đ/c`, `Đ/c`, `Đ/C`).
    pub fn rank_by_abbr(&self, abbr: &str) -> Option<&Rank> {
        self.rank_by_abbr.get(abbr).and_then(|&i| self.ranks.get(i))
    }

    pub(crate) fn title_word(&self, key: &str) -> Option<&TitleWord> {
        self.title_words.get(key)
    }

    /// The kind and seniority of a word of written-out titles (`Bí thư` -> role 4,
    /// `huyện` -> level 2, `Phó` -> modifier); any case and tone placement. Level words are the
    /// unit-type words of the vocabulary (`hanhchinh_text::vocab`), ordered by level: province
    /// 1, district 2, commune 3.
    ///
    /// ```
    /// use hanhchinh_abbrev::{Lexicon, WordKind};
    /// let lex = Lexicon::builtin();
    /// assert_eq!(lex.title_word_kind("bí thư"), Some((WordKind::Role, 4)));
    /// assert_eq!(lex.title_word_kind("Huyện"), Some((WordKind::Level, 2)));
    /// assert_eq!(lex.title_word_kind("đặc khu"), Some((WordKind::Level, 3)));
    /// ```
    pub fn title_word_kind(&self, word: &str) -> Option<(WordKind, u8)> {
        let key = hanhchinh_text::key(word);
        if let Some(w) = self.title_words.get(key.as_ref()) {
            return Some((w.kind, w.order));
        }
        let order = match UnitType::of_word(key.as_ref()).levels().next()? {
            vocab::Level::Province => 1,
            vocab::Level::District => 2,
            vocab::Level::Commune => 3,
            _ => return None,
        };
        Some((WordKind::Level, order))
    }

    /// Whether `word` (as written) may be the last word of a document-type name: one of them in
    /// lower case, capitalised or in capitals, or a decomposed spelling (combining marks: the
    /// key decides).
    pub(crate) fn may_end_doctype(&self, word: &str) -> bool {
        self.doctype_last_written.contains(word)
            || word.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c))
    }

    /// Whether `key` (a lookup key) is the last word of a document-type name.
    pub(crate) fn is_doctype_last_key(&self, key: &str) -> bool {
        self.doctype_last_keys.contains(key)
    }

    /// Every document type, in table order (the vocabulary's, `data/vocab/doc_types.tsv`).
    pub fn doctypes(&self) -> &'static [DocType] {
        vocab::doc_types()
    }

    /// The document type named so (`Chỉ thị`, `nghị quyết`; any case and tone placement).
    pub fn doctype_by_name(&self, name: &str) -> Option<&'static DocType> {
        self.doctype_by_key_of(hanhchinh_text::key(name).as_ref())
    }

    /// The document type whose name has the lookup key `key` (`quyết định`).
    pub(crate) fn doctype_by_key_of(&self, key: &str) -> Option<&'static DocType> {
        self.doctype_by_key
            .get(key)
            .and_then(|&i| vocab::doc_types().get(i))
    }

    /// The document types of a symbol code (`TT` is Thông tư in state symbols, Thông tri in
    /// party ones), in table order; the code in any letter case (`QĐ`, `qđ`, `Qđ`; `Ð` for `Đ`).
    ///
    /// ```
    /// use hanhchinh_abbrev::Lexicon;
    /// let lex = Lexicon::builtin();
    /// let names: Vec<_> = lex.doctypes_by_code("TT").map(|d| d.name()).collect();
    /// assert_eq!(names, ["Thông tư", "Thông tri"]);
    /// assert_eq!(lex.doctypes_by_code("qđ").next().unwrap().name(), "Quyết định");
    /// assert_eq!(lex.doctypes_by_code("TTR").next().unwrap().name(), "Tờ trình");
    /// ```
    pub fn doctypes_by_code<'s>(
        &'s self,
        code: &str,
    ) -> impl Iterator<Item = &'static DocType> + 's {
        let key = code_key(code);
        self.doctype_codes
            .iter()
            .filter(move |(k, _)| *k == key)
            .filter_map(|&(_, i)| vocab::doc_types().get(i))
    }

    /// The expansion of an issuer code of a document symbol (`TW` -> `Trung ương`,
    /// `BCT` -> `Bộ Công Thương`); the code in any letter case (`TTg`, `TTG`, `ttg`).
    pub fn issuer(&self, code: &str) -> Option<&str> {
        match self.issuers.get(code) {
            Some(e) => Some(e),
            None => self
                .issuer_by_key
                .get(&code_key(code))
                .and_then(|c| self.issuers.get(c))
                .map(String::as_str),
        }
    }

    /// Whether `code` is a document-type or issuer code of the tables, in any letter case.
    pub(crate) fn is_known_code(&self, code: &str) -> bool {
        self.issuer(code).is_some() || self.doctypes_by_code(code).next().is_some()
    }

    /// The surnames of `surnames.tsv`, most frequent first.
    pub fn surnames(&self) -> &[String] {
        &self.surnames
    }

    /// Whether `word` is a surname of the table (any case and tone placement).
    pub fn is_surname(&self, word: &str) -> bool {
        self.surname_keys
            .contains(hanhchinh_text::key(word).as_ref())
    }

    /// Whether `name` is the full name of a ministry of `issuers.tsv` or of the provincial
    /// department that mirrors one (`Bộ Công an`, `Sở Y tế`; any case and tone placement).
    pub(crate) fn is_complete_body(&self, name: &str) -> bool {
        self.complete_bodies
            .contains(hanhchinh_text::key(name).as_ref())
    }
}

/// The comparison form of a code of a document symbol: upper case, `Ð` (U+00D0) as `Đ`
/// (`TTg` -> `TTG`, `qđ` -> `QĐ`).
pub(crate) fn code_key(code: &str) -> String {
    code.chars()
        .map(|c| if c == '\u{d0}' { 'Đ' } else { c })
        .flat_map(char::to_uppercase)
        .collect()
}

/// The surnames of the built-in table (`data/surnames/surnames.tsv`), most frequent first.
///
/// ```
/// assert_eq!(hanhchinh_abbrev::surnames()[0], "Nguyễn");
/// ```
pub fn surnames() -> &'static [String] {
    Lexicon::builtin().surnames()
}

/// Whether `word` is a Vietnamese surname of the built-in table (any case, NFC or NFD).
///
/// ```
/// assert!(hanhchinh_abbrev::is_surname("Trần"));
/// assert!(hanhchinh_abbrev::is_surname("NGUYỄN"));
/// assert!(!hanhchinh_abbrev::is_surname("Quận"));
/// ```
pub fn is_surname(word: &str) -> bool {
    Lexicon::builtin().is_surname(word)
}
