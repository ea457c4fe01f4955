//! Direct walks over the FSTs: every name that is a prefix of a word sequence (one pass instead
//! of one lookup per length).

use fst::raw::Output;
use fst::Map;

use crate::format::Slice;

/// Word keys with their boundaries in one buffer (no allocation per word).
#[derive(Debug, Default, Clone)]
pub(crate) struct Words {
    buf: String,
    ends: Vec<usize>,
}

impl Words {
    /// Reserves room for `bytes` of keys in `words` words.
    pub(crate) fn reserve(&mut self, bytes: usize, words: usize) {
        self.buf.reserve(bytes);
        self.ends.reserve(words);
    }

    pub(crate) fn clear(&mut self) {
        self.buf.clear();
        self.ends.clear();
    }

    /// Appends one word, written by `f` into the buffer.
    pub(crate) fn push_with(&mut self, f: impl FnOnce(&mut String)) {
        if !self.ends.is_empty() {
            self.buf.push(' ');
        }
        f(&mut self.buf);
        self.ends.push(self.buf.len());
    }

    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The start of word `i` in the buffer.
    fn start(&self, i: usize) -> usize {
        match i.checked_sub(1).and_then(|p| self.ends.get(p)) {
            Some(e) => e + 1,
            None => 0,
        }
    }

    /// The key of words `from..to` (joined by spaces).
    pub(crate) fn slice(&self, from: usize, to: usize) -> &str {
        let s = self.start(from);
        let e = to
            .checked_sub(1)
            .and_then(|t| self.ends.get(t))
            .copied()
            .unwrap_or(s);
        self.buf.get(s..e).unwrap_or("")
    }

    /// Every `(n, value)` such that words `from..from + n` (n <= max) form a key of `map`,
    /// shortest first.
    pub(crate) fn prefixes(
        &self,
        map: Option<&Map<Slice>>,
        from: usize,
        max: usize,
        out: &mut Vec<(usize, u64)>,
    ) {
        out.clear();
        let Some(map) = map else { return };
        let fst = map.as_fst();
        let mut node = fst.root();
        let mut acc = Output::zero();
        let to = self.len().min(from.saturating_add(max));
        for w in from..to {
            let word = self.slice(w, w + 1);
            let sep = if w > from { Some(b' ') } else { None };
            for b in sep.into_iter().chain(word.bytes()) {
                let Some(i) = node.find_input(b) else {
                    return;
                };
                let t = node.transition(i);
                acc = acc.cat(t.out);
                node = fst.node(t.addr);
            }
            if node.is_final() {
                out.push((w + 1 - from, acc.cat(node.final_output()).value()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_slices() {
        let mut w = Words::default();
        for x in ["nam", "từ", "liêm"] {
            w.push_with(|b| b.push_str(x));
        }
        assert_eq!(w.slice(0, 3), "nam từ liêm");
        assert_eq!(w.slice(1, 2), "từ");
        assert_eq!(w.slice(2, 2), "");
    }
}
