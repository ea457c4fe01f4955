//! Lookup by name (exact, folded, fuzzy) and resolution with hints.
//!
//! `query` reads a name as people write it (type word and name keys); this module finds the
//! units of a query; `resolve` chooses one of them with hints.

mod query;
mod resolve;

use fst::{IntoStreamer, Streamer};

use crate::keys::{
    match_type_word, with_apostrophes, with_other_numeral, with_other_spellings, TypeSet,
    TypeWordStyle,
};
use crate::unit::Unit;
use crate::Gazetteer;

use query::{first_word_may_be_type, plain_letters};
pub(crate) use query::{interpret, is_plain_name, Query};
pub use resolve::{Hints, Reason, Resolution, Resolved};

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
    /// // A numeral written the other way than the table (`Hòa Tú 1`), not a typo of `Hòa Tú II`.
    /// assert_eq!(g.lookup("Hòa Tú I")[0].unit.name(), "Hòa Tú 1");
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
        if out.is_empty() {
            self.lookup_general(name, &mut out);
        }
        out
    }

    /// The general path of [`Gazetteer::lookup`]: the name tokenized and interpreted, then its
    /// misspellings when nothing matched; the matches sorted by kind.
    fn lookup_general<'g>(&'g self, name: &str, out: &mut Vec<Match<'g>>) {
        let qs = interpret(name);
        for q in &qs {
            self.lookup_query(q, out);
        }
        // A name's numeral written the other way (`Tam Xuân 1` for the table's `Tam Xuân I`)
        // before any misspelling (`Hòa Tú I` is `Hòa Tú 1`, not `Hòa Tú II` one edit away); then
        // a syllable spelt the other way the sources also write it (`Đắc Lắc` for `Đắk Lắk`,
        // `Phú Quí` for `Phú Quý`: two finals are two edits); then the apostrophe a Central
        // Highlands name lost (`Cư Mgar` for `Cư M'gar`).
        let rewrites: [fn(&str) -> Option<String>; 3] =
            [with_other_numeral, with_other_spellings, with_apostrophes];
        for rewrite in rewrites {
            if !out.is_empty() {
                break;
            }
            for q in &qs {
                if let (Some(key), Some(fold)) = (rewrite(&q.key), rewrite(&q.fold)) {
                    self.lookup_query(
                        &Query {
                            key,
                            fold,
                            ..q.clone()
                        },
                        out,
                    );
                }
            }
        }
        if out.is_empty() {
            for q in &qs {
                self.fuzzy_query(q, out);
            }
        }
        out.sort_by_key(|m| m.kind);
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
    fn other_spellings_and_lost_apostrophes_before_misspellings() {
        let g = Gazetteer::default();
        for (q, code) in [
            ("Đắc Lắc", "66"),
            ("tỉnh Đắc Nông", "67"),
            ("Dac Lac", "66"),
            ("huyện Đắc Mil", "663"),
            ("huyện Krông Búc", "649"),
            ("Cư Mgar", "648"),
            ("huyện Ea Hleo", "645"),
        ] {
            let m = g.lookup(q);
            assert!(m.iter().any(|m| m.unit.code() == code), "{q}: {m:?}");
        }
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
        g.lookup_general(name, &mut out);
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
}
