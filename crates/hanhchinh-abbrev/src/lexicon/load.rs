//! Loading the lexicon from its tab-separated tables: the row reader (header, column count,
//! empty cells, the old spelling `Uỷ`) and the scanning automaton built from the rows.

use std::collections::HashSet;

use hanhchinh_text::vocab;

use aho_corasick::{AhoCorasickBuilder, MatchKind, StartKind};

use super::{
    Candidate, Category, Condition, Entry, Lexicon, Part, Rank, RankKind, Scope, Tables, Target,
    TitleWord, WordKind,
};
use crate::error::Error;

const ABBR_HEADER: &str = "abbr\texpansion\tpart\tscope\tcondition\tsource";

/// What an `order` column takes (a `u8`).
const ORDER: &str = "an integer 0-255";

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

    /// The next non-blank row.
    fn next_row(&mut self) -> Result<Option<Row<'a>>, Error> {
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
            return Ok(Some(Row {
                table: self.table,
                line: line_no,
                cells,
            }));
        }
        Ok(None)
    }
}

/// A row of a table, with the checks of a cell that every loader makes; errors name the table,
/// the line and the 1-based column.
struct Row<'a> {
    table: &'static str,
    line: usize,
    cells: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// The cell of 0-based column `i` (`Rows` checked that the row has every column).
    fn cell(&self, i: usize) -> &'a str {
        self.cells.get(i).copied().unwrap_or("")
    }

    /// The cell, which must not use the old spelling `Uỷ`.
    fn spelled(&self, i: usize) -> Result<&'a str, Error> {
        let s = self.cell(i);
        if s.contains("Uỷ") || s.contains("uỷ") || s.contains("UỶ") {
            return Err(Error::old_spelling(self.table, self.line, i + 1, s));
        }
        Ok(s)
    }

    /// The cell read as a `T`; `allowed` says what the column takes.
    fn parse<T: std::str::FromStr>(&self, i: usize, allowed: &'static str) -> Result<T, Error> {
        let s = self.cell(i);
        s.parse()
            .map_err(|_| Error::value(self.table, self.line, i + 1, s, allowed))
    }
}

/// The forms of an abbreviation listed in lower case (`đ/c`): as listed, capitalised (`Đ/c`,
/// at a sentence start) and in capitals (`Đ/C`). Other abbreviations have their one form.
fn case_forms(abbr: &str) -> Vec<String> {
    let mut forms = vec![abbr.to_string()];
    let mut chars = abbr.chars();
    if chars.next().is_some_and(char::is_lowercase) {
        let first: String = abbr.chars().take(1).flat_map(char::to_uppercase).collect();
        forms.push(format!("{first}{}", chars.as_str()));
        forms.push(abbr.to_uppercase());
    }
    forms
}

/// The other ways an abbreviation is written on real pages, each a rule of typography or
/// typing, never a guess at another abbreviation (a spelling that is itself listed keeps its
/// own reading):
/// * a no-break space for a space (`UB\u{a0}MTTQ`: pages copied from the web);
/// * spaces around `&` (`NN & PTNT`);
/// * `Ð` (U+00D0, the Icelandic capital eth, which looks the same) for `Đ` (`HÐND`: fonts and
///   converters of the 1990s-2000s put it in place of U+0110);
/// * `D` for `Đ` in abbreviations of four letters or more (`HDND`, `DBQH`: the stroke dropped
///   when typing without a Vietnamese keyboard); shorter ones are too close to other words.
fn spellings(abbr: &str) -> Vec<String> {
    let mut out = Vec::new();
    if abbr.contains(' ') {
        out.push(abbr.replace(' ', "\u{a0}"));
    }
    if abbr.contains('&') && !abbr.contains(" & ") {
        out.push(abbr.replace('&', " & "));
    }
    if abbr.contains('Đ') {
        out.push(abbr.replace('Đ', "\u{d0}"));
        if abbr.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            out.push(abbr.replace('Đ', "D"));
        }
    }
    out
}

impl Lexicon {
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
        lex.index_doc_types();
        lex.load_issuers(tables.issuers)?;
        lex.load_surnames(tables.surnames)?;
        lex.load_laws(tables.laws)?;

        // Every abbreviation as listed first, then the other ways it is written (see
        // `spellings`); a spelling that is already taken keeps its first reading.
        let mut listed: Vec<(String, Target)> = Vec::new();
        for (i, e) in lex.entries.iter().enumerate() {
            if e.scope == Scope::Text {
                listed.push((e.abbr.clone(), Target::Entry(i)));
            }
        }
        // Rank abbreviations (`PGS`, `ThS`, `đ/c`) are scanned too, as rank mentions; one
        // listed in lower case is scanned as written at a sentence start and in capitals
        // (`Đ/c`, `Đ/C`): the scanner starts at capitals only.
        for (i, r) in lex.ranks.iter().enumerate() {
            let Some(a) = &r.abbr else { continue };
            if lex.by_abbr.contains_key(a) {
                continue;
            }
            for form in case_forms(a) {
                if form.chars().next().is_some_and(char::is_uppercase) {
                    listed.push((form, Target::Rank(i)));
                }
            }
        }
        let mut taken: HashSet<String> = listed.iter().map(|(p, _)| p.clone()).collect();
        let mut pairs = listed.clone();
        for (p, t) in &listed {
            for v in spellings(p) {
                if taken.insert(v.clone()) {
                    pairs.push((v, *t));
                }
            }
        }
        let mut patterns: Vec<&str> = Vec::with_capacity(pairs.len());
        for (p, t) in &pairs {
            patterns.push(p);
            lex.pattern_target.push(*t);
        }
        for p in &patterns {
            let first = p.split([' ', '\u{a0}', '-', '/', '&']).next().unwrap_or("");
            if first.chars().any(char::is_lowercase) && !lex.mixed_starts.iter().any(|m| m == first)
            {
                lex.mixed_starts.push(first.to_string());
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
        lex.part_only = lex
            .entries
            .iter()
            .filter(|e| e.scope == Scope::Part)
            .map(|e| e.abbr.clone())
            .collect();

        Ok(lex)
    }

    fn load_abbrs(
        &mut self,
        table: &'static str,
        text: &str,
        category: Category,
    ) -> Result<(), Error> {
        let mut rows = Rows::new(table, text, ABBR_HEADER)?;
        while let Some(row) = rows.next_row()? {
            let abbr = row.cell(0);
            let expansion = row.spelled(1)?;
            let part: Part = row.parse(2, Part::ALLOWED)?;
            let scope: Scope = row.parse(3, Scope::ALLOWED)?;
            let condition = row.parse(4, Condition::ALLOWED)?;
            let cand = Candidate::new(expansion.to_string(), condition, row.cell(5).to_string());
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
        let mut rows = Rows::new("ranks.tsv", text, "form\tabbr\tkind\torder\tsource")?;
        while let Some(row) = rows.next_row()? {
            let form = row.spelled(0)?;
            let abbr = match row.cell(1) {
                "-" => None,
                a => Some(a.to_string()),
            };
            let kind = row.parse(2, RankKind::ALLOWED)?;
            let order = row.parse(3, ORDER)?;
            let i = self.ranks.len();
            self.rank_by_key
                .insert(hanhchinh_text::key(form).into_owned(), i);
            if let Some(a) = &abbr {
                for form in case_forms(a) {
                    self.rank_by_abbr.entry(form).or_insert(i);
                }
            }
            self.ranks.push(Rank {
                form: form.to_string(),
                abbr,
                kind,
                order,
                source: row.cell(4).to_string(),
            });
        }
        Ok(())
    }

    fn load_title_words(&mut self, text: &str) -> Result<(), Error> {
        let mut rows = Rows::new("title_words.tsv", text, "word\tkind\torder\tsource")?;
        while let Some(row) = rows.next_row()? {
            let word = row.spelled(0)?;
            let kind = row.parse(1, WordKind::ALLOWED)?;
            let order = row.parse(2, ORDER)?;
            self.title_word_max = self.title_word_max.max(word.split(' ').count());
            self.title_words.insert(
                hanhchinh_text::key(word).into_owned(),
                TitleWord { kind, order },
            );
        }
        Ok(())
    }

    /// Indexes the document types of the vocabulary (`hanhchinh_text::vocab`): by name key, by
    /// code key, and the keys of their last words.
    fn index_doc_types(&mut self) {
        for (i, d) in vocab::doc_types().iter().enumerate() {
            let words = d.key().split(' ').count();
            self.doctype_name_max = self.doctype_name_max.max(words);
            if let Some(last) = d.key().rsplit(' ').next() {
                self.doctype_last_keys.insert(last.to_string());
                let mut title = String::new();
                let mut chars = last.chars();
                if let Some(c) = chars.next() {
                    title.extend(c.to_uppercase());
                    title.push_str(chars.as_str());
                }
                for v in [last.to_string(), last.to_uppercase(), title] {
                    self.doctype_last_written.insert(v);
                }
            }
            self.doctype_by_key.entry(d.key().to_string()).or_insert(i);
            if let Some(c) = d.code() {
                self.doctype_codes.push((super::code_key(c), i));
            }
        }
    }

    fn load_issuers(&mut self, text: &str) -> Result<(), Error> {
        let mut rows = Rows::new("issuers.tsv", text, "code\texpansion\tsource")?;
        while let Some(row) = rows.next_row()? {
            let expansion = row.spelled(1)?;
            let code = row.cell(0);
            self.issuer_by_key
                .entry(super::code_key(code))
                .or_insert_with(|| code.to_string());
            if let Some(field) = expansion.strip_prefix("Bộ ") {
                for head in ["bộ ", "sở "] {
                    let name = format!("{head}{field}");
                    self.complete_bodies
                        .insert(hanhchinh_text::key(&name).into_owned());
                }
            }
            self.issuers.insert(code.to_string(), expansion.to_string());
        }
        Ok(())
    }

    fn load_surnames(&mut self, text: &str) -> Result<(), Error> {
        let mut rows = Rows::new("surnames.tsv", text, "surname\tshare_percent\tsource")?;
        while let Some(row) = rows.next_row()? {
            let s = row.cell(0);
            self.surname_keys
                .insert(hanhchinh_text::key(s).into_owned());
            self.surnames.push(s.to_string());
        }
        Ok(())
    }

    fn load_laws(&mut self, text: &str) -> Result<(), Error> {
        let mut rows = Rows::new("laws.tsv", text, "name\tsource")?;
        while let Some(row) = rows.next_row()? {
            let name = row.spelled(0)?;
            let words = name
                .split([' ', ','])
                .filter(|w| !w.is_empty())
                .map(|w| hanhchinh_text::key(w).into_owned())
                .collect();
            self.laws.push((name.to_string(), words));
        }
        Ok(())
    }
}
