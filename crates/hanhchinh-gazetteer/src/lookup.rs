//! Lookup by name (exact, folded, fuzzy) and resolution with hints.

use fst::{IntoStreamer, Streamer};
use hanhchinh_text::{tokenize, TokenKind};

use crate::keys::{
    fold_packed, is_name_token, is_type_first_fold, match_type_word, push_token,
    split_letter_number, Form, Packed, TypeSet, TypeWordStyle,
};
use crate::types::{Level, UnitType};
use crate::unit::Unit;
use crate::Date;
use crate::Gazetteer;

/// How a candidate matched the query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum MatchKind {
    /// The canonical key matched (same letters and diacritics; case and tone placement free).
    Exact,
    /// Only the folded key matched (the query lacks or differs in diacritics).
    Folded,
    /// A misspelling: at most one edit per word (insertion, deletion, substitution or
    /// transposition of two adjacent letters, on the folded key).
    Fuzzy {
        /// Total number of edits.
        edits: u8,
    },
}

/// One candidate of a lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'g> {
    /// The unit version.
    pub unit: Unit<'g>,
    /// How it matched.
    pub kind: MatchKind,
}

/// A query split into its optional type word and its name keys.
#[derive(Debug, Clone)]
pub(crate) struct Query {
    pub(crate) types: TypeSet,
    pub(crate) key: String,
    pub(crate) fold: String,
    pub(crate) words: usize,
}

/// Parses a name as people write it into interpretations: with the leading type word taken as a
/// type (`quận Ba Đình` -> {quận} + `ba đình`), and the whole text as a name.
pub(crate) fn interpret(q: &str) -> Vec<Query> {
    let toks: Vec<_> = tokenize(q).collect();
    let mut words: Vec<String> = Vec::with_capacity(toks.len());
    let mut ascii: Vec<bool> = Vec::with_capacity(toks.len());
    let mut kinds: Vec<TokenKind> = Vec::with_capacity(toks.len());
    // Whether a `.` follows the name token (for `Q.`, `P.`).
    let mut dot_after: Vec<bool> = Vec::with_capacity(toks.len());
    let mut texts: Vec<&str> = Vec::with_capacity(toks.len());
    for (i, t) in toks.iter().enumerate() {
        if !is_name_token(t) {
            if t.text() == "." {
                if let Some(last) = dot_after.last_mut() {
                    *last = true;
                }
            }
            continue;
        }
        let _ = i;
        let mut k = String::new();
        push_token(t.text(), t.kind(), Form::Key, &mut k);
        words.push(k);
        ascii.push(t.text().is_ascii());
        kinds.push(t.kind());
        dot_after.push(false);
        texts.push(t.text());
    }
    let mut out = Vec::with_capacity(2);
    let join = |range: std::ops::Range<usize>, form: Form| -> String {
        let mut s = String::new();
        for i in range {
            let (Some(t), Some(k)) = (texts.get(i), kinds.get(i)) else {
                continue;
            };
            if !s.is_empty() {
                s.push(' ');
            }
            push_token(t, *k, form, &mut s);
        }
        s
    };
    // Typed: a type word then a name.
    if let Some(m) = match_type_word(&words, &ascii, true) {
        let n = words.len();
        let letter_ok = m.style != TypeWordStyle::Letter
            || dot_after.get(m.len - 1).copied().unwrap_or(false)
            || (n == m.len + 1 && kinds.get(m.len) == Some(&TokenKind::Number));
        if m.len < n && letter_ok {
            out.push(Query {
                types: m.types,
                key: join(m.len..n, Form::Key),
                fold: join(m.len..n, Form::Fold),
                words: n - m.len,
            });
        }
    } else if let (Some(first), 1) = (texts.first(), texts.len()) {
        // `Q1`, `P12`.
        if let Some((types, num)) = split_letter_number(first) {
            let num = num.trim_start_matches('0');
            let num = if num.is_empty() { "0" } else { num };
            out.push(Query {
                types,
                key: num.to_string(),
                fold: num.to_string(),
                words: 1,
            });
        }
    }
    if !words.is_empty() {
        out.push(Query {
            types: TypeSet::EMPTY,
            key: join(0..words.len(), Form::Key),
            fold: join(0..words.len(), Form::Fold),
            words: words.len(),
        });
    }
    out
}

/// First words (folded) that may start a type word: queries starting with one take the slow path.
const TYPE_STARTS: &[&str] = &[
    "thanh", "tp", "tinh", "t", "quan", "q", "huyen", "h", "thi", "tx", "tt", "phuong", "p", "xa",
    "x", "dac", "dk", "to", "tdp", "khu", "kp", "thon", "ap", "ban",
];

/// Letters in words separated by single spaces, no capital inside a word (which the tokenizer
/// would split: `NamTừ`), and a first word that cannot start a type word.
pub(crate) fn is_plain_name(s: &str) -> bool {
    plain_letters(s).is_some() && !first_word_may_be_type(s)
}

/// Letters in words separated by single spaces, no capital inside a word: `Some(true)` when
/// every letter is ASCII or Latin (U+00C0..=U+024F, U+1E00..=U+1EFF), `Some(false)` when some
/// letter is of another script.
fn plain_letters(s: &str) -> Option<bool> {
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    let mut latin = true;
    let mut prev_space = true;
    let mut in_word_pos = 0usize;
    for c in s.chars() {
        if c == ' ' {
            if prev_space {
                return None;
            }
            prev_space = true;
            in_word_pos = 0;
            continue;
        }
        let (letter, upper) = if c.is_ascii() {
            (c.is_ascii_alphabetic(), c.is_ascii_uppercase())
        } else if matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF) && c != '×' && c != '÷' {
            // Latin-1, Latin Extended-A/B and Latin Extended Additional: all letters.
            (true, c.is_uppercase())
        } else {
            latin = false;
            (c.is_alphabetic(), c.is_uppercase())
        };
        if !letter || (in_word_pos > 0 && upper) {
            return None;
        }
        prev_space = false;
        in_word_pos += 1;
    }
    if prev_space {
        return None;
    }
    Some(latin)
}

/// Whether the first word of a name folds to the first word of a type word.
fn first_word_may_be_type(s: &str) -> bool {
    let first = s.split(' ').next().unwrap_or("");
    match fold_packed(first) {
        Packed::Known(acc) => is_type_first_fold(acc),
        Packed::TooLong => false,
        Packed::Unknown => {
            let f = hanhchinh_text::fold(first);
            TYPE_STARTS.contains(&f.as_ref())
        }
    }
}

fn type_ok(types: TypeSet, u: &Unit<'_>) -> bool {
    types.is_empty() || types.contains(u.unit_type())
}

fn push_unique<'g>(out: &mut Vec<Match<'g>>, m: Match<'g>) {
    if !out.iter().any(|x| x.unit.id == m.unit.id) {
        out.push(m);
    }
}

impl Gazetteer {
    pub(crate) fn push_postings<'g>(
        &'g self,
        v: Option<u64>,
        types: TypeSet,
        kind: MatchKind,
        out: &mut Vec<Match<'g>>,
    ) {
        let Some(v) = v else { return };
        out.reserve(self.data().postings_len(v));
        for id in self.data().postings(v) {
            if let Some(u) = self.unit_by_index(id) {
                if type_ok(types, &u) {
                    push_unique(out, Match { unit: u, kind });
                }
            }
        }
    }

    pub(crate) fn lookup_query<'g>(&'g self, q: &Query, out: &mut Vec<Match<'g>>) {
        let d = self.data();
        self.push_postings(d.key_get(q.key.as_bytes()), q.types, MatchKind::Exact, out);
        self.push_postings(
            d.fold_get(q.fold.as_bytes()),
            q.types,
            MatchKind::Folded,
            out,
        );
    }

    /// Exact and folded matches of a plain name (letters in words separated by single spaces,
    /// no type word): the key of the whole string is the joined key of its tokens. An exact
    /// hit carries the postings of its fold (baked), so the query is folded only on a miss.
    fn lookup_plain<'g>(&'g self, name: &str, out: &mut Vec<Match<'g>>) {
        let d = self.data();
        let k = hanhchinh_text::key(name);
        if let Some((exact, folded)) = d.key_get_with_fold(k.as_bytes()) {
            self.push_exact_folded(exact, folded, out);
            return;
        }
        // For ASCII the folded key is the canonical key (lower case).
        let f = if k.is_ascii() {
            std::borrow::Cow::Borrowed(k.as_ref())
        } else {
            hanhchinh_text::fold(name)
        };
        if let Some(v) = d.fold_get(f.as_bytes()) {
            out.reserve_exact(d.postings_len(v));
            self.push_postings(Some(v), TypeSet::EMPTY, MatchKind::Folded, out);
        }
    }

    /// The matches of a key-table hit: its units (exact), then those of its fold not among
    /// them (folded). fold(name) == fold(key(name)): the baked folded postings are those of
    /// the query.
    fn push_exact_folded<'g>(&'g self, exact: u64, folded: Option<u64>, out: &mut Vec<Match<'g>>) {
        let d = self.data();
        {
            out.reserve_exact(d.postings_len(exact) + folded.map_or(0, |f| d.postings_len(f)));
            for id in d.postings(exact) {
                if let Some(unit) = self.unit_by_index(id) {
                    out.push(Match {
                        unit,
                        kind: MatchKind::Exact,
                    });
                }
            }
            let n_exact = out.len();
            for id in folded.map(|f| d.postings(f)).into_iter().flatten() {
                if out
                    .get(..n_exact)
                    .is_some_and(|e| e.iter().any(|m| m.unit.id == id))
                {
                    continue;
                }
                if let Some(unit) = self.unit_by_index(id) {
                    out.push(Match {
                        unit,
                        kind: MatchKind::Folded,
                    });
                }
            }
        }
    }

    /// What [`interpret`] and [`Gazetteer::lookup_query`] give for a plain name of Latin
    /// letters whose first word may be a type word (`Quận Nam Từ Liêm`, `Thanh Xuân`), without
    /// tokenizing: the words of a plain name are its tokens, and the key of the whole name is
    /// the joined key of its words. Leaves `out` empty when nothing matched (the caller then
    /// takes the general path, with misspellings).
    fn lookup_typed_plain<'g>(&'g self, name: &str, out: &mut Vec<Match<'g>>) {
        let k = hanhchinh_text::key(name);
        let n = k.split(' ').count();
        if n != name.split(' ').count() {
            return;
        }
        let mut words = [""; 3];
        let mut ascii = [false; 3];
        for ((w, a), (kw, nw)) in words
            .iter_mut()
            .zip(ascii.iter_mut())
            .zip(k.split(' ').zip(name.split(' ')))
        {
            *w = kw;
            *a = nw.is_ascii();
        }
        let m3 = n.min(3);
        let typed = match_type_word(
            words.get(..m3).unwrap_or(&[]),
            ascii.get(..m3).unwrap_or(&[]),
            true,
        )
        .filter(|m| m.style != TypeWordStyle::Letter && m.len < n);
        match typed {
            Some(m) => {
                let Some(rest) = k.splitn(m.len + 1, ' ').nth(m.len) else {
                    return;
                };
                self.query_key(m.types, rest, out);
                self.query_key(TypeSet::EMPTY, &k, out);
                out.sort_by_key(|m| m.kind);
            }
            None => self.query_key(TypeSet::EMPTY, &k, out),
        }
    }

    /// [`Gazetteer::lookup_query`] for a canonical key: its fold is baked beside it, or
    /// computed from the key on a miss (`fold(key(x)) == fold(x)`).
    fn query_key<'g>(&'g self, types: TypeSet, key: &str, out: &mut Vec<Match<'g>>) {
        let d = self.data();
        match d.key_get_with_fold(key.as_bytes()) {
            Some((exact, folded)) => {
                self.push_postings(Some(exact), types, MatchKind::Exact, out);
                self.push_postings(folded, types, MatchKind::Folded, out);
            }
            None => {
                let f = hanhchinh_text::fold(key);
                self.push_postings(d.fold_get(f.as_bytes()), types, MatchKind::Folded, out);
            }
        }
    }

    /// Whether a canonical key (already built by the scanner) names any unit.
    pub(crate) fn key_postings(&self, key: &str) -> Option<u64> {
        self.data().key_get(key.as_bytes())
    }

    /// Every unit whose name matches, best first: exact matches (canonical key: case, Unicode
    /// form and tone-mark placement do not matter), then folded ones (no diacritics), then, only
    /// when there is neither, misspellings within one edit per word.
    ///
    /// The name may start with a type word or its abbreviation, which then restricts the types
    /// (`quận Ba Đình`, `Q. Ba Đình`, `Quận 1`, `Q1`, `Q.1`, `TP.HCM`, `TP. Hồ Chí Minh`,
    /// `thi xa An Khe`); known short forms (`HN`, `HCM`, `TPHCM`) are aliases.
    ///
    /// ```
    /// use hanhchinh_gazetteer::{Gazetteer, MatchKind, UnitType};
    /// let g = Gazetteer::default();
    /// let m = g.lookup("Q. Ba Đình");
    /// assert_eq!(m.len(), 1);
    /// assert_eq!(m[0].unit.code(), "001");
    /// assert_eq!(g.lookup("Q1")[0].unit.full_name(), "Quận 1");
    /// assert_eq!(g.lookup("TP.HCM")[0].unit.code(), "79");
    /// // Without diacritics: xã Ba Dinh (Quảng Ngãi) is written so, the others match folded.
    /// let m = g.lookup("ba dinh");
    /// assert_eq!((m[0].unit.name(), m[0].kind), ("Ba Dinh", MatchKind::Exact));
    /// assert!(m.iter().any(|m| m.unit.code() == "001" && m.kind == MatchKind::Folded));
    /// // Several units share a name: all of them come back.
    /// assert!(g.lookup("An Khê").iter().any(|m| m.unit.unit_type() == UnitType::ThiXa));
    /// // A typo.
    /// assert_eq!(g.lookup("Quynh Phuu")[0].unit.code(), "338");
    /// ```
    pub fn lookup(&self, name: &str) -> Vec<Match<'_>> {
        let mut out = Vec::new();
        // A plain name spelt as in the tables (capitalised): its key is known (baked).
        let capital = name
            .as_bytes()
            .first()
            .is_some_and(|b| !b.is_ascii_lowercase());
        if let Some((exact, folded)) = capital
            .then(|| self.data().written_get(name.as_bytes()))
            .flatten()
        {
            self.push_exact_folded(exact, folded, &mut out);
            if !out.is_empty() {
                return out;
            }
        }
        match plain_letters(name) {
            Some(latin) => {
                if !first_word_may_be_type(name) {
                    self.lookup_plain(name, &mut out);
                } else if latin {
                    self.lookup_typed_plain(name, &mut out);
                }
            }
            None if !name.is_empty()
                && name.len() <= 10
                && name.bytes().all(|b| b.is_ascii_digit()) =>
            {
                // A number alone (`1` of Quận 1): one Number token, its leading zeros dropped.
                let t = name.trim_start_matches('0');
                self.query_key(TypeSet::EMPTY, if t.is_empty() { "0" } else { t }, &mut out);
            }
            None => {}
        }
        if !out.is_empty() {
            return out;
        }
        let qs = interpret(name);
        for q in &qs {
            self.lookup_query(q, &mut out);
        }
        if out.is_empty() {
            for q in &qs {
                self.fuzzy_query(q, &mut out);
            }
        }
        out.sort_by_key(|m| m.kind);
        out
    }

    /// [`Gazetteer::lookup`] without the misspelling fallback: exact and folded matches only,
    /// so a name that is not in the gazetteer costs as little as one that is (use it to test
    /// many words that are mostly not place names).
    ///
    /// ```
    /// use hanhchinh_gazetteer::Gazetteer;
    /// let g = Gazetteer::default();
    /// assert!(g.lookup_exact("Quynh Phuu").is_empty());
    /// assert_eq!(g.lookup_exact("quynh phu")[0].unit.code(), "338");
    /// ```
    pub fn lookup_exact(&self, name: &str) -> Vec<Match<'_>> {
        let mut out = Vec::new();
        if is_plain_name(name) {
            self.lookup_plain(name, &mut out);
            return out;
        }
        for q in &interpret(name) {
            self.lookup_query(q, &mut out);
        }
        out.sort_by_key(|m| m.kind);
        out
    }

    /// Only the misspelling search of [`Gazetteer::lookup`]: names within one edit per word of
    /// the folded query, fewest edits first (names two edits away are searched only when none
    /// is one edit away). The FST is walked with
    /// a Levenshtein automaton whose state is one row of the edit-distance table (no DFA is
    /// built up front, unlike `fst::automaton::Levenshtein`, whose construction costs about a
    /// millisecond per query).
    pub fn lookup_fuzzy(&self, name: &str) -> Vec<Match<'_>> {
        let mut out = Vec::new();
        for q in &interpret(name) {
            self.fuzzy_query(q, &mut out);
        }
        out.sort_by_key(|m| m.kind);
        out
    }

    pub(crate) fn fuzzy_into<'g>(&'g self, q: &Query, out: &mut Vec<Match<'g>>) {
        self.fuzzy_query(q, out);
    }

    fn fuzzy_query<'g>(&'g self, q: &Query, out: &mut Vec<Match<'g>>) {
        let Some(map) = self.data().fst_fold.as_ref() else {
            return;
        };
        // Too short to be evidence of anything, or too long to be any name: no search.
        if q.fold.len() < 4 || q.fold.len() > crate::fuzzy::MAX_QUERY {
            return;
        }
        // One edit first (the common typo, and a much smaller search); two only for names of
        // several words with no one-edit match.
        let max = if q.words <= 1 { 1 } else { 2 };
        let mut hits: Vec<(u8, u64)> = Vec::new();
        for dist in 1..=max {
            let Some(aut) = crate::fuzzy::Damerau::new(&q.fold, dist) else {
                return;
            };
            let mut stream = map.search(&aut).into_stream();
            while let Some((k, v)) = stream.next() {
                let Ok(k) = std::str::from_utf8(k) else {
                    continue;
                };
                if let Some(e) = crate::fuzzy::per_word(&q.fold, k, max) {
                    if e > 0 {
                        hits.push((e, v));
                    }
                }
                if hits.len() >= 256 {
                    break;
                }
            }
            if !hits.is_empty() {
                break;
            }
        }
        hits.sort_by_key(|h| h.0);
        for (e, v) in hits {
            self.push_postings(Some(v), q.types, MatchKind::Fuzzy { edits: e }, out);
        }
    }

    /// Resolves a name to one unit using hints, or reports the ambiguity.
    ///
    /// Level, type and `within` are hard filters; the match kind (exact before folded before
    /// fuzzy) and the date (`as_of`, default [`Gazetteer::latest_date`]: versions valid then, else the closest in
    /// time) break ties. See [`Reason`] for what decided.
    ///
    /// ```
    /// use hanhchinh_gazetteer::{Gazetteer, Hints, Level, Reason};
    /// use jiff::civil::date;
    /// let g = Gazetteer::default();
    /// // Today there is one phường Phú Thượng (00091, Hà Nội).
    /// let r = g.resolve("Phú Thượng", &Hints::default());
    /// assert_eq!(r.unit().unwrap().code(), "00091");
    /// // In 2020 there were three: in Hà Nội, in Thái Nguyên and in Thừa Thiên Huế.
    /// let h = Hints { as_of: Some(date(2020, 1, 1)), ..Hints::default() };
    /// assert_eq!(g.resolve("Phú Thượng", &h).candidates().len(), 3);
    /// let h = Hints { as_of: Some(date(2020, 1, 1)), within: Some("huyện Phú Vang"), ..Hints::default() };
    /// let u = g.resolve("Phú Thượng", &h).unit().unwrap();
    /// assert_eq!((u.code(), u.full_name().as_str()), ("19930", "Xã Phú Thượng"));
    /// ```
    pub fn resolve<'g>(&'g self, name: &str, hints: &Hints<'_>) -> Resolution<'g> {
        let matches = self.lookup(name);
        self.resolve_matches(matches, hints)
    }

    pub(crate) fn within_ids(&self, within: &str) -> Vec<u32> {
        let w = within.trim();
        if !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) {
            let Some(v) = self.data().fst_code_get(w.as_bytes()) else {
                return Vec::new();
            };
            return self.data().postings(v).collect();
        }
        let mut m = self.lookup(w);
        if let Some(best) = m.first().map(|x| x.kind) {
            m.retain(|x| x.kind == best);
        }
        m.into_iter().map(|x| x.unit.id).collect()
    }

    pub(crate) fn resolve_matches<'g>(
        &'g self,
        mut matches: Vec<Match<'g>>,
        hints: &Hints<'_>,
    ) -> Resolution<'g> {
        if matches.is_empty() {
            return Resolution::NotFound;
        }
        let before = matches.len();
        if let Some(l) = hints.level {
            matches.retain(|m| m.unit.level() == l);
        }
        if let Some(t) = hints.unit_type {
            matches.retain(|m| m.unit.unit_type() == t);
        }
        if let Some(w) = hints.within {
            let ids = self.within_ids(w);
            matches.retain(|m| m.unit.ancestors().any(|a| ids.contains(&a.id)));
        }
        let filtered = matches.len() < before;
        match matches.len() {
            0 => return Resolution::NotFound,
            1 => {
                return Resolution::found(
                    matches,
                    if filtered {
                        Reason::Hints
                    } else {
                        Reason::Only
                    },
                )
            }
            _ => {}
        }
        if let Some(best) = matches.first().map(|m| m.kind) {
            let n = matches.len();
            matches.retain(|m| m.kind == best);
            if matches.len() == 1 && n > 1 {
                return Resolution::found(matches, Reason::BetterMatch);
            }
        }
        let date = hints.as_of.unwrap_or_else(|| self.latest_date());
        let min = matches
            .iter()
            .map(|m| m.unit.validity().distance(date))
            .min()
            .unwrap_or(0);
        matches.retain(|m| m.unit.validity().distance(date) == min);
        if matches.len() == 1 {
            let reason = if min == 0 {
                Reason::ValidOn(date)
            } else {
                Reason::Closest(date)
            };
            return Resolution::found(matches, reason);
        }
        Resolution::Ambiguous(matches.into_iter().map(|m| m.unit).collect())
    }
}

/// Hints for [`Gazetteer::resolve`] and [`Gazetteer::convert_with`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Hints<'a> {
    /// Only units of this level.
    pub level: Option<Level>,
    /// Only units of this type.
    pub unit_type: Option<UnitType>,
    /// Only units inside this one: a parent or province, by name (`Tây Hồ`, `quận Tây Hồ`,
    /// `Hà Nội`) or code (`003`).
    pub within: Option<&'a str>,
    /// The date the name refers to (default: [`Gazetteer::latest_date`], the current units as
    /// far as the data knows). Versions valid then are preferred, else the
    /// closest in time.
    pub as_of: Option<Date>,
}

/// Why [`Gazetteer::resolve`] chose its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reason {
    /// It was the only candidate.
    Only,
    /// The hints (level, type, within) left only it.
    Hints,
    /// It was the only candidate with the best kind of match (exact before folded or fuzzy).
    BetterMatch,
    /// It was the only candidate valid on this date.
    ValidOn(Date),
    /// No candidate was valid on this date; it was the closest in time.
    Closest(Date),
    /// The other mentions of the same text (scanning) or the other parts of the address decided.
    Context,
}

/// A resolved unit, with how and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved<'g> {
    /// The unit.
    pub unit: Unit<'g>,
    /// How its name matched.
    pub kind: MatchKind,
    /// What decided between the candidates.
    pub reason: Reason,
}

/// The result of resolving a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution<'g> {
    /// One unit.
    Found(Resolved<'g>),
    /// Several candidates remain, best first.
    Ambiguous(Vec<Unit<'g>>),
    /// No unit has that name (within the hints).
    NotFound,
}

impl<'g> Resolution<'g> {
    fn found(matches: Vec<Match<'g>>, reason: Reason) -> Resolution<'g> {
        match matches.first() {
            Some(m) => Resolution::Found(Resolved {
                unit: m.unit,
                kind: m.kind,
                reason,
            }),
            None => Resolution::NotFound,
        }
    }

    /// The unit, if resolved.
    pub fn unit(&self) -> Option<Unit<'g>> {
        match self {
            Resolution::Found(r) => Some(r.unit),
            _ => None,
        }
    }

    /// The unit if resolved, else the remaining candidates.
    pub fn candidates(&self) -> Vec<Unit<'g>> {
        match self {
            Resolution::Found(r) => vec![r.unit],
            Resolution::Ambiguous(v) => v.clone(),
            Resolution::NotFound => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain-name path as it was before the baked folded postings: key and fold of the
    /// query looked up separately.
    fn reference_plain<'g>(g: &'g Gazetteer, name: &str) -> Vec<Match<'g>> {
        let mut out = Vec::new();
        let d = g.data();
        let k = hanhchinh_text::key(name);
        g.push_postings(
            d.key_get(k.as_bytes()),
            TypeSet::EMPTY,
            MatchKind::Exact,
            &mut out,
        );
        let f = hanhchinh_text::fold(name);
        g.push_postings(
            d.fold_get(f.as_bytes()),
            TypeSet::EMPTY,
            MatchKind::Folded,
            &mut out,
        );
        out
    }

    #[test]
    fn plain_path_equals_reference() {
        let g = Gazetteer::default();
        let mut n = 0;
        for u in g.units() {
            let name = u.name();
            let folded: String = hanhchinh_text::fold(name).into_owned();
            for q in [
                name.to_string(),
                name.to_uppercase(),
                name.to_lowercase(),
                folded,
            ] {
                if !is_plain_name(&q) {
                    continue;
                }
                let mut got = Vec::new();
                g.lookup_plain(&q, &mut got);
                assert_eq!(got, reference_plain(&g, &q), "{q}");
                n += 1;
            }
        }
        assert!(n > 40_000, "{n}");
    }

    /// [`Gazetteer::lookup`] by the general path alone (tokenize, interpret, misspellings).
    fn lookup_general<'g>(g: &'g Gazetteer, name: &str) -> Vec<Match<'g>> {
        let mut out = Vec::new();
        let qs = interpret(name);
        for q in &qs {
            g.lookup_query(q, &mut out);
        }
        if out.is_empty() {
            for q in &qs {
                g.fuzzy_query(q, &mut out);
            }
        }
        out.sort_by_key(|m| m.kind);
        out
    }

    #[test]
    fn names_as_written_equal_the_plain_path() {
        let g = Gazetteer::default();
        let mut hits = 0;
        for u in g.units() {
            for name in std::iter::once(u.name()).chain(u.variants()) {
                let Some((exact, folded)) = g.data().written_get(name.as_bytes()) else {
                    assert!(!is_plain_name(name), "{name} is plain but not baked");
                    continue;
                };
                let mut a = Vec::new();
                g.push_exact_folded(exact, folded, &mut a);
                let mut b = Vec::new();
                g.lookup_plain(name, &mut b);
                assert_eq!(a, b, "{name}");
                assert_eq!(g.lookup(name), b, "{name}");
                hits += 1;
            }
        }
        assert!(hits > 15_000, "{hits}");
        assert!(g.data().written_get("Nam Tu Liem".as_bytes()).is_none());
    }

    #[test]
    fn fast_paths_equal_the_general_path() {
        let g = Gazetteer::default();
        let mut n = 0;
        for u in g.units().step_by(29) {
            let full = u.full_name();
            let folded = hanhchinh_text::fold(&full).into_owned();
            let mut qs = vec![
                full.clone(),
                full.to_uppercase(),
                folded.clone(),
                u.name().to_string(),
            ];
            if let Some(rest) = folded.split_once(' ').map(|x| x.1) {
                qs.push(format!("Tp {rest}"));
                qs.push(format!("TX {rest}"));
            }
            for q in qs {
                assert_eq!(g.lookup(&q), lookup_general(&g, &q), "{q}");
                n += 1;
            }
        }
        for q in [
            "1",
            "01",
            "007",
            "12",
            "Thanh Xuân",
            "thanh xuan",
            "Thị xã",
            "Q Ba Đình",
        ] {
            assert_eq!(g.lookup(q), lookup_general(&g, q), "{q}");
        }
        assert!(n > 2_000, "{n}");
    }

    #[test]
    fn type_starts_are_the_first_word_folds() {
        let mut a: Vec<u64> = TYPE_STARTS
            .iter()
            .map(|w| crate::keys::pack(w.as_bytes()))
            .collect();
        a.sort_unstable();
        assert_eq!(a, crate::keys::FIRST_WORD_PACKED);
        for w in [
            "Thành", "THỊ", "Tân", "Phú", "Bản", "Ấp", "Đặc", "An", "Xã", "Ba",
        ] {
            let f = hanhchinh_text::fold(w);
            assert_eq!(is_plain_name(w), !TYPE_STARTS.contains(&f.as_ref()), "{w}");
        }
    }

    #[test]
    fn interpretations() {
        let q = interpret("Quận 1");
        assert_eq!(q[0].key, "1");
        assert!(q[0].types.contains(UnitType::Quan));
        let q = interpret("Q.1");
        assert_eq!(q[0].key, "1");
        let q = interpret("Quán Thánh");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].key, "quán thánh");
        let q = interpret("phuong phuc xa");
        assert_eq!(q[0].fold, "phuc xa");
        assert!(interpret("").is_empty());
    }
}
