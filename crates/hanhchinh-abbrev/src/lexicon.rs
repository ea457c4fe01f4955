//! The lexicon: abbreviations, ranks, title words, document types, issuer codes and surnames,
//! loaded from the tab-separated tables of `data/abbrev/` and `data/surnames/`.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind, StartKind};
use once_cell::sync::Lazy;

use crate::error::Error;

/// The text of one lexicon table each; [`Tables::builtin`] gives the embedded copies of
/// `data/abbrev/*.tsv` and `data/surnames/surnames.tsv`. Start from the built-in tables and
/// replace the ones you edit (more tables may be added, so the struct is non-exhaustive).
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Tables<'a> {
    /// `organs.tsv`: organs of the Party, State, Front and mass organizations.
    pub organs: &'a str,
    /// `titles.tsv`: abbreviated titles (posts).
    pub titles: &'a str,
    /// `other.tsv`: other administrative abbreviations.
    pub other: &'a str,
    /// `ranks.tsv`: ranks, academic titles, degrees, honorary titles, honorifics.
    pub ranks: &'a str,
    /// `title_words.tsv`: modifiers, roles, unit head nouns, organs and level words.
    pub title_words: &'a str,
    /// `doctypes.tsv`: document types and their codes.
    pub doctypes: &'a str,
    /// `issuers.tsv`: issuing-body codes of document symbols.
    pub issuers: &'a str,
    /// `surnames.tsv`: Vietnamese surnames.
    pub surnames: &'a str,
    /// `laws.tsv`: titles of laws and codes, for references without a number.
    pub laws: &'a str,
}

impl Tables<'static> {
    /// The tables embedded in the crate (copies of the repository's `data/` tables).
    pub fn builtin() -> Tables<'static> {
        Tables {
            organs: include_str!("../data/organs.tsv"),
            titles: include_str!("../data/titles.tsv"),
            other: include_str!("../data/other.tsv"),
            ranks: include_str!("../data/ranks.tsv"),
            title_words: include_str!("../data/title_words.tsv"),
            doctypes: include_str!("../data/doctypes.tsv"),
            issuers: include_str!("../data/issuers.tsv"),
            surnames: include_str!("../data/surnames.tsv"),
            laws: include_str!("../data/laws.tsv"),
        }
    }
}

/// Which table an abbreviation comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Category {
    /// An organ or body (`HĐND`, `BTV`, `TU`).
    Organ,
    /// A title or post (`UVBTV`, `TUV`, `PCT`).
    Title,
    /// Any other administrative abbreviation (`THCS`, `NTM`, `KT-XH`).
    Other,
    /// A rank, degree or honorary title (`PGS`, `ThS`, `NGƯT`).
    Rank,
    /// A source tag naming a unit by its initials (`(NTL)` for Nam Từ Liêm).
    SourceTag,
}

/// The role of an abbreviation inside a compound (`UVBTVTU` = member + body + party organ).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Part {
    /// Not a compound part.
    None,
    /// `UV` (Ủy viên).
    Member,
    /// A party post: `BT`, `PBT`.
    PartyRole,
    /// A state post: `CT`, `PCT`.
    StateRole,
    /// A party body: `BTV`, `BCH`.
    Body,
    /// A party committee: `TU`, `HU`, `QU`, `ĐU`, `TW`, `BCT`.
    PartyOrgan,
    /// An organ headed by a Chủ tịch: `HĐND`, `UBND`, `MTTQ`.
    StateOrgan,
}

/// Where an abbreviation is recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// In running text.
    Text,
    /// Only inside compounds and title chains (`UV`, `CT`, `BT`).
    Part,
}

/// When a candidate expansion applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Condition {
    /// Always (the only candidate, or one of several equivalent spellings).
    Always,
    /// In a centrally-run city (`TU` = Thành ủy).
    CentralCity,
    /// In a province (`TU` = Tỉnh ủy).
    Province,
    /// Next to conference words (`HN` = Hội nghị).
    Conference,
    /// As a place name (`HN` = Hà Nội, `TP.` = Thành phố).
    Place,
    /// As a post before a department or a name (`TP` = Trưởng phòng).
    Title,
}

impl Condition {
    /// The condition's name as written in the tables (`-`, `city`, `province`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Condition::Always => "-",
            Condition::CentralCity => "city",
            Condition::Province => "province",
            Condition::Conference => "conference",
            Condition::Place => "place",
            Condition::Title => "title",
        }
    }

    fn parse(s: &str) -> Option<Condition> {
        Some(match s {
            "-" => Condition::Always,
            "city" => Condition::CentralCity,
            "province" => Condition::Province,
            "conference" => Condition::Conference,
            "place" => Condition::Place,
            "title" => Condition::Title,
            _ => return None,
        })
    }
}

/// One candidate expansion of an abbreviation, with the condition under which it applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    expansion: String,
    condition: Condition,
    source: String,
}

impl Candidate {
    pub(crate) fn new(expansion: String, condition: Condition, source: String) -> Candidate {
        Candidate {
            expansion,
            condition,
            source,
        }
    }

    /// The expanded form, official spelling (`Ủy ban nhân dân`). Never empty.
    pub fn expansion(&self) -> &str {
        &self.expansion
    }

    /// When this candidate applies.
    pub fn condition(&self) -> Condition {
        self.condition
    }

    /// The `source` cell of the table row (or the reasoning of a decomposition).
    pub fn source(&self) -> &str {
        &self.source
    }
}

/// An abbreviation of the lexicon with its candidate expansions.
#[derive(Clone, Debug)]
pub struct Entry {
    abbr: String,
    category: Category,
    part: Part,
    scope: Scope,
    candidates: Vec<Candidate>,
}

impl Entry {
    /// The abbreviation as written (`UB MTTQ`, `TTg`).
    pub fn abbr(&self) -> &str {
        &self.abbr
    }
    /// Its table.
    pub fn category(&self) -> Category {
        self.category
    }
    /// Its role inside compounds.
    pub fn part(&self) -> Part {
        self.part
    }
    /// Where it is recognised.
    pub fn scope(&self) -> Scope {
        self.scope
    }
    /// Its candidate expansions (at least one), in table order.
    pub fn candidates(&self) -> &[Candidate] {
        &self.candidates
    }
}

/// The kind of a rank (see [`Rank`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RankKind {
    /// Military and police ranks (`Đại tá`, `Thiếu tướng`).
    Military,
    /// Academic titles (`Giáo sư`, `Phó Giáo sư`).
    Academic,
    /// Degrees and professional titles (`Tiến sĩ`, `Thạc sĩ`, `Bác sĩ`).
    Degree,
    /// State honorary titles (`Nhà giáo Ưu tú`).
    Honorary,
    /// Honorifics (`đồng chí`, `ông`, `bà`).
    Honorific,
}

/// A rank that stands before a name: not a post.
#[derive(Clone, Debug)]
pub struct Rank {
    form: String,
    abbr: Option<String>,
    kind: RankKind,
    order: u8,
    source: String,
}

impl Rank {
    /// The written-out form (`Đại tá`, `Phó Giáo sư`, `đồng chí`).
    pub fn form(&self) -> &str {
        &self.form
    }
    /// The abbreviation, if any (`PGS`, `ThS`).
    pub fn abbr(&self) -> Option<&str> {
        self.abbr.as_deref()
    }
    /// The kind.
    pub fn kind(&self) -> RankKind {
        self.kind
    }
    /// Seniority within the kind: higher is senior (Đại tướng 16 … Binh nhì 0).
    pub fn order(&self) -> u8 {
        self.order
    }
    /// The source of the row.
    pub fn source(&self) -> &str {
        &self.source
    }
}

/// What a word of a written-out title is (see `title_words.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WordKind {
    /// `Phó`, `Quyền`, `Nguyên`, `Thường trực`.
    Modifier,
    /// `Bí thư`, `Chủ tịch`, `Trưởng`, `Ủy viên`, `Giám đốc`.
    Role,
    /// A unit head noun that opens an organ name: `Ban`, `Phòng`, `Sở`.
    Head,
    /// A complete organ: `Quận ủy`, `Hội đồng nhân dân`.
    Organ,
    /// A level word: `tỉnh`, `quận`, `xã`.
    Level,
}

#[derive(Clone, Debug)]
pub(crate) struct TitleWord {
    pub(crate) kind: WordKind,
    pub(crate) order: u8,
}

/// A document type (`Chỉ thị`) and its code in document symbols (`CT`).
#[derive(Clone, Debug)]
pub struct DocType {
    code: Option<String>,
    name: String,
    system: String,
}

impl DocType {
    /// The code in document symbols (`NQ`, `QĐ`, `TTr`); `None` for types without one (`Luật`).
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }
    /// The type's name (`Nghị quyết`).
    pub fn name(&self) -> &str {
        &self.name
    }
    /// `state`, `party` or `any`: which symbol convention uses this code.
    pub fn system(&self) -> &str {
        &self.system
    }
}

/// The parsed lexicon, with the automaton that scans text for its abbreviations.
#[derive(Clone, Debug)]
pub struct Lexicon {
    entries: Vec<Entry>,
    by_abbr: HashMap<String, usize>,
    /// Pattern id of the automaton -> entry index.
    pattern_entry: Vec<usize>,
    automaton: Option<AhoCorasick>,
    /// First words of patterns that are not all upper case (`Hội` of `Hội LHPN`, `TTg`): the
    /// only tokens with a lower-case letter where a pattern can start.
    mixed_starts: HashSet<String>,
    /// Compound parts: (abbr, entry index), longest first.
    parts: Vec<(String, usize)>,
    ranks: Vec<Rank>,
    rank_by_key: HashMap<String, usize>,
    rank_by_abbr: HashMap<String, usize>,
    pub(crate) title_words: HashMap<String, TitleWord>,
    pub(crate) title_word_max: usize,
    doctypes: Vec<DocType>,
    doctype_by_name: HashMap<String, usize>,
    pub(crate) doctype_name_max: usize,
    /// Last words of document-type names, as written, in lower and in upper case (`thị`,
    /// `Thị`, `THỊ`): a cheap test before computing keys.
    doctype_last_words: HashSet<String>,
    issuers: HashMap<String, String>,
    surnames: Vec<String>,
    surname_keys: HashSet<String>,
    /// Law titles and the keys of their words (commas left out).
    pub(crate) laws: Vec<(String, Vec<String>)>,
}

const ABBR_HEADER: &str = "abbr\texpansion\tpart\tscope\tcondition\tsource";

struct Rows<'a> {
    table: &'static str,
    lines: std::iter::Enumerate<std::str::Lines<'a>>,
    width: usize,
}

impl<'a> Rows<'a> {
    fn new(table: &'static str, text: &'a str, header: &str) -> Result<Rows<'a>, Error> {
        let mut lines = text.lines().enumerate();
        let first = lines.next().map(|(_, l)| l).unwrap_or("");
        let first = first.strip_prefix('\u{feff}').unwrap_or(first);
        if first != header {
            return Err(Error::header(table, header, first));
        }
        Ok(Rows {
            table,
            lines,
            width: header.split('\t').count(),
        })
    }

    /// The next non-blank row as (1-based line, cells).
    fn next_row(&mut self) -> Result<Option<(usize, Vec<&'a str>)>, Error> {
        for (i, line) in self.lines.by_ref() {
            let line_no = i + 1;
            if line.trim().is_empty() {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').collect();
            if cells.len() != self.width {
                return Err(Error::columns(self.table, line_no, self.width, cells.len()));
            }
            for (c, cell) in cells.iter().enumerate() {
                if cell.trim().is_empty() {
                    return Err(Error::empty(self.table, line_no, c + 1));
                }
            }
            return Ok(Some((line_no, cells)));
        }
        Ok(None)
    }
}

fn cell<'a>(cells: &[&'a str], i: usize) -> &'a str {
    cells.get(i).copied().unwrap_or("")
}

fn check_spelling(table: &'static str, line: usize, column: usize, s: &str) -> Result<(), Error> {
    if s.contains("Uỷ") || s.contains("uỷ") || s.contains("UỶ") {
        return Err(Error::old_spelling(table, line, column, s));
    }
    Ok(())
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
            pattern_entry: Vec::new(),
            automaton: None,
            mixed_starts: HashSet::new(),
            parts: Vec::new(),
            ranks: Vec::new(),
            rank_by_key: HashMap::new(),
            rank_by_abbr: HashMap::new(),
            title_words: HashMap::new(),
            title_word_max: 0,
            doctypes: Vec::new(),
            doctype_by_name: HashMap::new(),
            doctype_name_max: 0,
            doctype_last_words: HashSet::new(),
            issuers: HashMap::new(),
            surnames: Vec::new(),
            surname_keys: HashSet::new(),
            laws: Vec::new(),
        }
    }

    /// Parses the tables and builds the scanning automaton.
    ///
    /// # Errors
    /// A malformed row: wrong header or column count, an empty cell, a value outside a column's
    /// vocabulary, or the old spelling `Uỷ` in an expansion. The error names table, line, column.
    pub fn from_tables(tables: &Tables<'_>) -> Result<Lexicon, Error> {
        let mut lex = Lexicon::empty();
        lex.load_abbrs("organs.tsv", tables.organs, Category::Organ)?;
        lex.load_abbrs("titles.tsv", tables.titles, Category::Title)?;
        lex.load_abbrs("other.tsv", tables.other, Category::Other)?;
        lex.load_ranks(tables.ranks)?;
        lex.load_title_words(tables.title_words)?;
        lex.load_doctypes(tables.doctypes)?;
        lex.load_issuers(tables.issuers)?;
        lex.load_surnames(tables.surnames)?;
        lex.load_laws(tables.laws)?;

        let mut patterns: Vec<&str> = Vec::new();
        // `UB MTTQ` is also written with a no-break space (pages copied from the web).
        let nbsp: Vec<(String, usize)> = lex
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.scope == Scope::Text && e.abbr.contains(' '))
            .map(|(i, e)| (e.abbr.replace(' ', "\u{a0}"), i))
            .collect();
        for (i, e) in lex.entries.iter().enumerate() {
            if e.scope == Scope::Text {
                patterns.push(&e.abbr);
                lex.pattern_entry.push(i);
            }
        }
        for (p, i) in &nbsp {
            patterns.push(p);
            lex.pattern_entry.push(*i);
        }
        // Rank abbreviations (`PGS`, `ThS`) are scanned too, as rank mentions.
        let mut rank_patterns: Vec<String> = Vec::new();
        for r in &lex.ranks {
            if let Some(a) = &r.abbr {
                if a.chars().next().is_some_and(char::is_uppercase) && !lex.by_abbr.contains_key(a)
                {
                    rank_patterns.push(a.clone());
                }
            }
        }
        for a in &rank_patterns {
            patterns.push(a);
            lex.pattern_entry.push(usize::MAX);
        }
        for p in &patterns {
            let first = p.split([' ', '\u{a0}', '-', '/', '&']).next().unwrap_or("");
            if first.chars().any(char::is_lowercase) {
                lex.mixed_starts.insert(first.to_string());
            }
        }
        lex.automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&patterns)
            .ok();

        let mut parts: Vec<(String, usize)> = lex
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.part != Part::None)
            .map(|(i, e)| (e.abbr.clone(), i))
            .collect();
        parts.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        lex.parts = parts;

        Ok(lex)
    }

    fn load_abbrs(
        &mut self,
        table: &'static str,
        text: &str,
        category: Category,
    ) -> Result<(), Error> {
        let mut rows = Rows::new(table, text, ABBR_HEADER)?;
        while let Some((line, cells)) = rows.next_row()? {
            let abbr = cell(&cells, 0);
            let expansion = cell(&cells, 1);
            check_spelling(table, line, 2, expansion)?;
            let part = match cell(&cells, 2) {
                "-" => Part::None,
                "member" => Part::Member,
                "role-party" => Part::PartyRole,
                "role-state" => Part::StateRole,
                "body" => Part::Body,
                "party" => Part::PartyOrgan,
                "state" => Part::StateOrgan,
                other => {
                    return Err(Error::value(
                        table,
                        line,
                        3,
                        other,
                        "-, member, role-party, role-state, body, party, state",
                    ))
                }
            };
            let scope = match cell(&cells, 3) {
                "text" => Scope::Text,
                "part" => Scope::Part,
                other => return Err(Error::value(table, line, 4, other, "text, part")),
            };
            let condition = Condition::parse(cell(&cells, 4)).ok_or_else(|| {
                Error::value(
                    table,
                    line,
                    5,
                    cell(&cells, 4),
                    "-, city, province, conference, place, title",
                )
            })?;
            let cand = Candidate::new(
                expansion.to_string(),
                condition,
                cell(&cells, 5).to_string(),
            );
            match self.by_abbr.get(abbr) {
                Some(&i) => {
                    if let Some(e) = self.entries.get_mut(i) {
                        e.candidates.push(cand);
                    }
                }
                None => {
                    self.by_abbr.insert(abbr.to_string(), self.entries.len());
                    self.entries.push(Entry {
                        abbr: abbr.to_string(),
                        category,
                        part,
                        scope,
                        candidates: vec![cand],
                    });
                }
            }
        }
        Ok(())
    }

    fn load_ranks(&mut self, text: &str) -> Result<(), Error> {
        const T: &str = "ranks.tsv";
        let mut rows = Rows::new(T, text, "form\tabbr\tkind\torder\tsource")?;
        while let Some((line, cells)) = rows.next_row()? {
            let form = cell(&cells, 0);
            check_spelling(T, line, 1, form)?;
            let abbr = match cell(&cells, 1) {
                "-" => None,
                a => Some(a.to_string()),
            };
            let kind = match cell(&cells, 2) {
                "military" => RankKind::Military,
                "academic" => RankKind::Academic,
                "degree" => RankKind::Degree,
                "honorary" => RankKind::Honorary,
                "honorific" => RankKind::Honorific,
                other => {
                    return Err(Error::value(
                        T,
                        line,
                        3,
                        other,
                        "military, academic, degree, honorary, honorific",
                    ))
                }
            };
            let order = cell(&cells, 3)
                .parse::<u8>()
                .map_err(|_| Error::value(T, line, 4, cell(&cells, 3), "an integer 0-255"))?;
            let i = self.ranks.len();
            self.rank_by_key
                .insert(hanhchinh_text::key(form).into_owned(), i);
            if let Some(a) = &abbr {
                self.rank_by_abbr.insert(a.clone(), i);
            }
            self.ranks.push(Rank {
                form: form.to_string(),
                abbr,
                kind,
                order,
                source: cell(&cells, 4).to_string(),
            });
        }
        Ok(())
    }

    fn load_title_words(&mut self, text: &str) -> Result<(), Error> {
        const T: &str = "title_words.tsv";
        let mut rows = Rows::new(T, text, "word\tkind\torder\tsource")?;
        while let Some((line, cells)) = rows.next_row()? {
            let word = cell(&cells, 0);
            check_spelling(T, line, 1, word)?;
            let kind = match cell(&cells, 1) {
                "modifier" => WordKind::Modifier,
                "role" => WordKind::Role,
                "head" => WordKind::Head,
                "organ" => WordKind::Organ,
                "level" => WordKind::Level,
                other => {
                    return Err(Error::value(
                        T,
                        line,
                        2,
                        other,
                        "modifier, role, head, organ, level",
                    ))
                }
            };
            let order = cell(&cells, 2)
                .parse::<u8>()
                .map_err(|_| Error::value(T, line, 3, cell(&cells, 2), "an integer 0-255"))?;
            self.title_word_max = self.title_word_max.max(word.split(' ').count());
            self.title_words.insert(
                hanhchinh_text::key(word).into_owned(),
                TitleWord { kind, order },
            );
        }
        Ok(())
    }

    fn load_doctypes(&mut self, text: &str) -> Result<(), Error> {
        const T: &str = "doctypes.tsv";
        let mut rows = Rows::new(T, text, "code\tname\tsystem\tsource")?;
        while let Some((line, cells)) = rows.next_row()? {
            let code = match cell(&cells, 0) {
                "-" => None,
                c => Some(c.to_string()),
            };
            let name = cell(&cells, 1);
            let system = match cell(&cells, 2) {
                s @ ("state" | "party" | "any") => s,
                other => return Err(Error::value(T, line, 3, other, "state, party, any")),
            };
            self.doctype_name_max = self.doctype_name_max.max(name.split(' ').count());
            if let Some(last) = name.split(' ').next_back() {
                let mut title = String::new();
                let mut chars = last.chars();
                if let Some(c) = chars.next() {
                    title.extend(c.to_uppercase());
                    title.push_str(chars.as_str());
                }
                for v in [
                    last.to_string(),
                    last.to_lowercase(),
                    last.to_uppercase(),
                    title,
                ] {
                    self.doctype_last_words.insert(v);
                }
            }
            let key = hanhchinh_text::key(name).into_owned();
            self.doctype_by_name
                .entry(key)
                .or_insert(self.doctypes.len());
            self.doctypes.push(DocType {
                code,
                name: name.to_string(),
                system: system.to_string(),
            });
        }
        Ok(())
    }

    fn load_issuers(&mut self, text: &str) -> Result<(), Error> {
        const T: &str = "issuers.tsv";
        let mut rows = Rows::new(T, text, "code\texpansion\tsource")?;
        while let Some((line, cells)) = rows.next_row()? {
            check_spelling(T, line, 2, cell(&cells, 1))?;
            self.issuers
                .insert(cell(&cells, 0).to_string(), cell(&cells, 1).to_string());
        }
        Ok(())
    }

    fn load_surnames(&mut self, text: &str) -> Result<(), Error> {
        const T: &str = "surnames.tsv";
        let mut rows = Rows::new(T, text, "surname\tshare_percent\tsource")?;
        while let Some((_, cells)) = rows.next_row()? {
            let s = cell(&cells, 0);
            self.surname_keys
                .insert(hanhchinh_text::key(s).into_owned());
            self.surnames.push(s.to_string());
        }
        Ok(())
    }

    fn load_laws(&mut self, text: &str) -> Result<(), Error> {
        const T: &str = "laws.tsv";
        let mut rows = Rows::new(T, text, "name\tsource")?;
        while let Some((line, cells)) = rows.next_row()? {
            let name = cell(&cells, 0);
            check_spelling(T, line, 1, name)?;
            let words = name
                .split([' ', ','])
                .filter(|w| !w.is_empty())
                .map(|w| hanhchinh_text::key(w).into_owned())
                .collect();
            self.laws.push((name.to_string(), words));
        }
        Ok(())
    }

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
        self.mixed_starts.contains(word)
    }

    pub(crate) fn automaton(&self) -> Option<&AhoCorasick> {
        self.automaton.as_ref()
    }

    /// Entry index of an automaton pattern (`None` for rank-abbreviation patterns).
    pub(crate) fn pattern_entry(&self, pattern: usize) -> Option<usize> {
        match self.pattern_entry.get(pattern) {
            Some(&i) if i != usize::MAX => Some(i),
            _ => None,
        }
    }

    pub(crate) fn entry_at(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i)
    }

    pub(crate) fn parts(&self) -> &[(String, usize)] {
        &self.parts
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

    /// The rank of an abbreviation written exactly so (`PGS`, `ThS`).
    pub fn rank_by_abbr(&self, abbr: &str) -> Option<&Rank> {
        self.rank_by_abbr.get(abbr).and_then(|&i| self.ranks.get(i))
    }

    pub(crate) fn title_word(&self, key: &str) -> Option<&TitleWord> {
        self.title_words.get(key)
    }

    /// The kind and seniority of a word of written-out titles (`Bí thư` -> role 4,
    /// `huyện` -> level 2, `Phó` -> modifier); any case and tone placement.
    ///
    /// ```
    /// use hanhchinh_abbrev::{Lexicon, WordKind};
    /// assert_eq!(Lexicon::builtin().title_word_kind("bí thư"), Some((WordKind::Role, 4)));
    /// ```
    pub fn title_word_kind(&self, word: &str) -> Option<(WordKind, u8)> {
        self.title_words
            .get(hanhchinh_text::key(word).as_ref())
            .map(|w| (w.kind, w.order))
    }

    pub(crate) fn is_doctype_last_word(&self, word: &str) -> bool {
        self.doctype_last_words.contains(word)
    }

    /// Every document type, in table order.
    pub fn doctypes(&self) -> &[DocType] {
        &self.doctypes
    }

    /// The document type named so (`Chỉ thị`, `nghị quyết`).
    pub fn doctype_by_name(&self, name: &str) -> Option<&DocType> {
        self.doctype_by_name
            .get(hanhchinh_text::key(name).as_ref())
            .and_then(|&i| self.doctypes.get(i))
    }

    /// The document types of a symbol code (`TT` is Thông tư in state symbols, Thông tri in
    /// party ones).
    pub fn doctypes_by_code<'s>(&'s self, code: &'s str) -> impl Iterator<Item = &'s DocType> + 's {
        self.doctypes
            .iter()
            .filter(move |d| d.code.as_deref() == Some(code))
    }

    /// The expansion of an issuer code of a document symbol (`TW` -> `Trung ương`,
    /// `BCT` -> `Bộ Công Thương`).
    pub fn issuer(&self, code: &str) -> Option<&str> {
        self.issuers.get(code).map(String::as_str)
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
