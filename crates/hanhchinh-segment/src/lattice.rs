//! The unigram dynamic program over one line's syllable lattice.

use std::ops::Range;

use crate::segmenter::{Scratch, Segmenter, CASE_CAPITAL, CASE_LOWER};
use crate::trie::LEAF;

impl Segmenter {
    /// Best path over `tokens[range]` by the unigram dynamic program.
    #[inline(never)]
    pub(crate) fn lattice(
        &self,
        range: Range<usize>,
        sc: &mut Scratch,
        out: &mut Vec<Range<usize>>,
    ) {
        let base = range.start;
        let m = range.len();
        if m == 0 {
            return;
        }
        let trie = &*self.inner.frozen;
        let unknown = self.inner.unknown;
        let best = &mut sc.best;
        best.clear();
        best.resize(m + 1, (f64::NEG_INFINITY, 0));
        if let Some(b) = best.get_mut(0) {
            b.0 = 0.0;
        }
        let max_len = self.inner.opts.max_tokens.max(1);
        let recs = sc.recs.get(base..base + m).unwrap_or(&[]);
        let split_case = self.inner.opts.case_split;
        for (i, r) in recs.iter().enumerate() {
            let Some(&(here, _)) = best.get(i) else { break };
            // The one-token word first; most tokens stop there (a leaf of the trie).
            let (mut node, s) = trie.root(r.id);
            let single = if s.is_nan() { unknown } else { f64::from(s) };
            relax(best, here + single, i, i + 1);
            if node == LEAF {
                continue;
            }
            let end = m.min(i + max_len);
            let lower_start = split_case && r.case == CASE_LOWER;
            for (j, rj) in (i + 1..).zip(recs.get(i + 1..end).unwrap_or(&[])) {
                // `biển Đông`, `mũi Cà Mau`: a lower-case word followed by a capitalised one is a
                // common noun before a name, not one word.
                if lower_start && rj.case == CASE_CAPITAL {
                    break;
                }
                let s = match trie.child(node, rj.id, !rj.space) {
                    Some((n, s)) => {
                        node = n;
                        s
                    }
                    None => break,
                };
                if !s.is_nan() {
                    relax(best, here + f64::from(s), i, j + 1);
                }
                if node == LEAF {
                    break;
                }
            }
        }
        // Back-track, then put this line's words in order.
        let first = out.len();
        let mut e = m;
        while e > 0 {
            let s = best.get(e).map_or(0, |b| b.1).min(e - 1);
            out.push(base + s..base + e);
            e = s;
        }
        if let Some(line) = out.get_mut(first..) {
            line.reverse();
        }
    }
}

fn relax(best: &mut [(f64, usize)], score: f64, from: usize, to: usize) {
    if let Some(b) = best.get_mut(to) {
        if score > b.0 {
            *b = (score, from);
        }
    }
}
