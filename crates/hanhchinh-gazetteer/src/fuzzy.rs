//! Misspellings: the restricted Damerau-Levenshtein distance (insertions, deletions,
//! substitutions and transpositions of two adjacent letters), computed in a band of the
//! edit-distance table, and the same distance as an FST automaton.
//!
//! Both work on folded keys (ASCII letters and digits for every Vietnamese name), byte by byte.
//! Only cells with `|i - j| <= k` of the table can hold a distance of at most `k`, so each step
//! costs O(k), whatever the length of the query; queries longer than [`MAX_QUERY`] bytes are
//! refused before any work, since no name is that long.

use fst::Automaton;

/// The longest folded query the fuzzy search takes, in bytes: longer than any folded name of
/// the data (checked by a test) plus the edits allowed.
pub(crate) const MAX_QUERY: usize = 47;

/// "Infinite" distance in the band.
const INF: u8 = u8::MAX / 2;

/// The restricted Damerau-Levenshtein distance of `a` and `b`, or `cap + 1` when it is larger
/// than `cap` (only the band `|i - j| <= cap` is computed).
pub(crate) fn distance(a: &[u8], b: &[u8], cap: usize) -> usize {
    if a.len().abs_diff(b.len()) > cap {
        return cap + 1;
    }
    let n = b.len();
    let big = cap + 1;
    // Three rows: i-2, i-1, i.
    let mut pp: Vec<usize> = vec![big; n + 1];
    let mut p: Vec<usize> = (0..=n).map(|j| j.min(big)).collect();
    let mut c: Vec<usize> = vec![big; n + 1];
    for i in 1..=a.len() {
        let lo = i.saturating_sub(cap).max(1);
        let hi = (i + cap).min(n);
        for v in c.iter_mut() {
            *v = big;
        }
        if let Some(c0) = c.first_mut() {
            *c0 = i.min(big);
        }
        let ai = a.get(i - 1).copied();
        let mut row_min = if lo == 1 { i.min(big) } else { big };
        for j in lo..=hi {
            let bj = b.get(j - 1).copied();
            let get = |r: &Vec<usize>, k: usize| r.get(k).copied().unwrap_or(big);
            let mut v = (get(&p, j - 1) + usize::from(ai != bj))
                .min(get(&p, j) + 1)
                .min(get(&c, j - 1) + 1);
            if i > 1 && j > 1 && ai == b.get(j - 2).copied() && a.get(i - 2).copied() == bj {
                v = v.min(get(&pp, j - 2) + 1);
            }
            let v = v.min(big);
            if let Some(x) = c.get_mut(j) {
                *x = v;
            }
            row_min = row_min.min(v);
        }
        if row_min > cap {
            return big;
        }
        std::mem::swap(&mut pp, &mut p);
        std::mem::swap(&mut p, &mut c);
    }
    p.get(n).copied().unwrap_or(big).min(big)
}

/// Per-word distance of two folded names with the same number of words: `None` unless every
/// word is within one edit of its counterpart, a word with an edit has at least four letters
/// (on one side) and three (on the other), and the total is at most `max_total`.
///
/// Short words must match exactly: one edit turns most two- or three-letter syllables into
/// another syllable (`ng` into `nga`), which is no evidence of a misspelling.
pub(crate) fn per_word(query: &str, name: &str, max_total: u8) -> Option<u8> {
    let mut total = 0u8;
    let mut qw = query.split(' ');
    let mut nw = name.split(' ');
    loop {
        match (qw.next(), nw.next()) {
            (None, None) => break,
            (Some(q), Some(n)) => {
                if q == n {
                    continue;
                }
                let (short, long) = if q.len() < n.len() {
                    (q.len(), n.len())
                } else {
                    (n.len(), q.len())
                };
                if short < 3 || long < 4 || distance(q.as_bytes(), n.as_bytes(), 1) > 1 {
                    return None;
                }
                total += 1;
                if total > max_total {
                    return None;
                }
            }
            _ => return None,
        }
    }
    Some(total)
}

/// The state of [`Damerau`]: the two last rows of the band and the last byte read.
#[derive(Clone, Debug)]
pub(crate) struct Rows {
    prev: [u8; MAX_QUERY + 1],
    row: [u8; MAX_QUERY + 1],
    last: u8,
    /// Bytes read so far.
    i: u16,
}

/// A restricted Damerau-Levenshtein automaton over bytes, at most `k` edits from `q`.
#[derive(Debug)]
pub(crate) struct Damerau<'a> {
    q: &'a [u8],
    k: u8,
}

impl<'a> Damerau<'a> {
    /// `None` when the query is too long for any name (see [`MAX_QUERY`]).
    pub(crate) fn new(q: &'a str, k: u8) -> Option<Damerau<'a>> {
        (q.len() <= MAX_QUERY && !q.is_empty()).then_some(Damerau { q: q.as_bytes(), k })
    }
}

impl Automaton for Damerau<'_> {
    type State = Option<Rows>;

    fn start(&self) -> Option<Rows> {
        let mut row = [INF; MAX_QUERY + 1];
        for (j, v) in row.iter_mut().enumerate().take(self.q.len() + 1) {
            *v = (j as u8).min(INF);
        }
        Some(Rows {
            prev: [INF; MAX_QUERY + 1],
            row,
            last: 0,
            i: 0,
        })
    }

    fn is_match(&self, s: &Option<Rows>) -> bool {
        s.as_ref()
            .and_then(|r| r.row.get(self.q.len()))
            .is_some_and(|&d| d <= self.k)
    }

    fn can_match(&self, s: &Option<Rows>) -> bool {
        s.is_some()
    }

    fn accept(&self, s: &Option<Rows>, b: u8) -> Option<Rows> {
        let st = s.as_ref()?;
        let i = usize::from(st.i) + 1;
        let k = usize::from(self.k);
        let n = self.q.len();
        let mut row = [INF; MAX_QUERY + 1];
        if i <= k {
            row[0] = i as u8;
        }
        let lo = i.saturating_sub(k).max(1);
        let hi = (i + k).min(n);
        let mut min = row[0];
        for j in lo..=hi {
            let qj = *self.q.get(j - 1)?;
            let sub = st.row.get(j - 1)?.saturating_add(u8::from(qj != b));
            let del = st.row.get(j)?.saturating_add(1);
            let ins = row.get(j - 1)?.saturating_add(1);
            let mut v = sub.min(del).min(ins);
            if i > 1 && j > 1 && qj == st.last && self.q.get(j - 2) == Some(&b) {
                v = v.min(st.prev.get(j - 2)?.saturating_add(1));
            }
            let v = v.min(INF);
            *row.get_mut(j)? = v;
            min = min.min(v);
        }
        (usize::from(min) <= k).then_some(Rows {
            prev: st.row,
            row,
            last: b,
            i: u16::try_from(i).ok()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fst::{IntoStreamer, Streamer};

    /// The full-table distance, for comparison.
    fn reference(a: &[u8], b: &[u8]) -> usize {
        let (n, m) = (a.len(), b.len());
        let mut d = vec![vec![0usize; m + 1]; n + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, v) in d[0].iter_mut().enumerate() {
            *v = j;
        }
        for i in 1..=n {
            for j in 1..=m {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        d[n][m]
    }

    #[test]
    fn banded_equals_reference() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "phuc xa",
            "phcu xa",
            "phuc ax",
            "hpuc xa",
            "phu xa",
            "phucc xa",
            "quynh phu",
            "quynh phuu",
            "yuqnh phu",
            "tan binh",
            "tna binh",
            "abcdef",
            "badcfe",
        ];
        for a in words {
            for b in words {
                let r = reference(a.as_bytes(), b.as_bytes());
                for cap in 0..3 {
                    assert_eq!(
                        distance(a.as_bytes(), b.as_bytes(), cap),
                        r.min(cap + 1),
                        "{a} / {b} cap {cap}"
                    );
                }
            }
        }
    }

    #[test]
    fn automaton_finds_transpositions() {
        let m = fst::Map::from_iter([("ba dinh", 1u64), ("phuc xa", 2), ("quynh phu", 3)]).unwrap();
        let find = |q: &str, k: u8| {
            let a = Damerau::new(q, k).unwrap();
            let mut s = m.search(&a).into_stream();
            let mut got = Vec::new();
            while let Some((key, _)) = s.next() {
                got.push(String::from_utf8(key.to_vec()).unwrap());
            }
            got
        };
        assert_eq!(find("phcu xa", 1), ["phuc xa"]);
        assert_eq!(find("ab dinh", 1), ["ba dinh"]);
        assert_eq!(find("quynh phuu", 1), ["quynh phu"]);
        assert!(find("qyunh pu", 1).is_empty());
        assert_eq!(find("qyunh pu", 2), ["quynh phu"]);
        assert!(Damerau::new(&"a".repeat(MAX_QUERY + 1), 1).is_none());
    }

    #[test]
    fn every_name_fits_the_query_limit() {
        let g = crate::Gazetteer::default();
        let longest = g
            .units()
            .flat_map(|u| std::iter::once(u.name()).chain(u.variants()))
            .map(|n| crate::keys::name_key(n, crate::keys::Form::Fold).len())
            .max()
            .unwrap();
        assert!(longest + 2 <= MAX_QUERY, "{longest}");
    }

    #[test]
    fn words() {
        assert_eq!(per_word("quynh phuu", "quynh phu", 1), Some(1));
        assert_eq!(per_word("qunyh phu", "quynh phu", 1), Some(1));
        assert_eq!(per_word("ph ng", "pa ng", 2), None);
        assert_eq!(per_word("quynh phuuu", "quynh phu", 2), None);
        assert_eq!(per_word("a b", "a b c", 2), None);
    }
}
