//! The in-memory form of the word list used while segmenting: every distinct token key gets an
//! id, and the words form a trie over those ids, each word's node holding its log probability.
//!
//! The embedded FST is the storage format (small, checked in, validated by a test); walking it
//! byte by byte costs about half of the segmentation time, so the first segmenter built turns it
//! into this trie once (a few milliseconds) and every segmenter shares it.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use hanhchinh_text::tokenize;

use crate::lexicon::separated;

/// A small, fast, non-cryptographic hasher (the multiply-rotate hash of rustc's FxHasher). The
/// keys are the word list's own and the text's syllables; flooding is not a concern.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(c);
            self.add(u64::from_le_bytes(buf));
        }
        let rest = chunks.remainder();
        let mut buf = [0u8; 8];
        if let Some(dst) = buf.get_mut(..rest.len()) {
            dst.copy_from_slice(rest);
        }
        self.add(u64::from_le_bytes(buf));
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    /// The state rotated so that its best-mixed high bits come low, as rustc-hash 2 does: the
    /// table takes its bucket from the low bits, and the low bits of a product depend only on
    /// the low bits of the last word written, so the trie's edge keys (parent node high, token
    /// id low) of one token under many parents, as in a user word of thousands of syllables,
    /// all fell in one bucket run.
    #[inline]
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

type Fx = BuildHasherDefault<FxHasher>;

/// Token id of a key that is in no word.
pub(crate) const UNKNOWN: u32 = u32::MAX;

/// A node of the frozen trie that has no children.
pub(crate) const LEAF: u32 = u32::MAX - 1;

/// Appends `key` (one token's canonical key) with the spelling variants `i`/`y` after `h`, `k`,
/// `l`, `m`, `s`, `t` and `qu` made one, spelt `y` ([`hanhchinh_text::syllable::i_y_spelling`]:
/// `quí` -> `quý`, `kĩ` -> `kỹ`, `bác sĩ`/`bác sỹ`, `lí do`/`lý do`): both spellings are in use
/// for the same syllable, and the word list has some words under one spelling only.
///
/// The Icelandic eth `ð` (U+00F0, the lower case of `Ð`, typed for `Đ` by some keyboards and
/// fonts) becomes `đ`.
pub(crate) fn fold_iy(key: &str, out: &mut String) {
    let start = out.len();
    // `ð` is U+00F0, bytes C3 B0; 0xB0 alone is a cheap first test.
    if key.as_bytes().contains(&0xB0) && key.contains('ð') {
        out.extend(key.chars().map(|c| if c == 'ð' { 'đ' } else { c }));
    } else {
        out.push_str(key);
    }
    let written = out.get(start..).unwrap_or("");
    if let Some((at, y)) = hanhchinh_text::syllable::i_y_spelling(written, true) {
        out.truncate(start + at);
        out.push(y);
    }
}

/// Word trie over token ids.
#[derive(Clone, Debug, Default)]
pub(crate) struct Trie {
    ids: HashMap<Box<str>, u32, Fx>,
    /// (parent node, token id, glued) -> child node
    edges: HashMap<u64, u32, Fx>,
    /// Log probability of the word ending at each node; NaN where no word ends.
    scores: Vec<f32>,
}

#[inline]
fn edge(node: u32, id: u32, glued: bool) -> u64 {
    (u64::from(node) << 33) | (u64::from(id) << 1) | u64::from(glued)
}

impl Trie {
    pub(crate) fn new() -> Self {
        Trie {
            ids: HashMap::default(),
            edges: HashMap::default(),
            scores: vec![f32::NAN],
        }
    }

    /// The id of a token key, or [`UNKNOWN`].
    #[cfg(test)]
    pub(crate) fn id(&self, key: &str) -> u32 {
        self.ids.get(key).copied().unwrap_or(UNKNOWN)
    }

    /// The child of `node` through token `id` (glued to the previous token or after a space).
    #[cfg(test)]
    pub(crate) fn child(&self, node: u32, id: u32, glued: bool) -> Option<u32> {
        self.edges.get(&edge(node, id, glued)).copied()
    }

    /// The log probability of the word ending at `node`, if one does.
    #[cfg(test)]
    pub(crate) fn score(&self, node: u32) -> Option<f32> {
        self.scores
            .get(node as usize)
            .copied()
            .filter(|s| !s.is_nan())
    }

    /// Inserts (or overwrites) a word given by its key (as [`crate::word_key`] writes it).
    ///
    /// Token keys go through [`fold_iy`]. With `merge`, a word already present (`bác sĩ` then
    /// `bác sỹ`) gets the sum of both probabilities; otherwise the new score replaces the old.
    pub(crate) fn insert(&mut self, key: &str, score: f32, merge: bool) {
        let mut node = 0u32;
        let mut prev: Option<hanhchinh_text::Token<'_>> = None;
        let mut folded = String::new();
        for tok in tokenize(key) {
            let glued = prev.as_ref().is_some_and(|p| !separated(p, &tok));
            let next_id = self.ids.len() as u32;
            folded.clear();
            fold_iy(tok.text(), &mut folded);
            let id = match self.ids.get(folded.as_str()) {
                Some(&id) => id,
                None => {
                    self.ids.insert(Box::from(folded.as_str()), next_id);
                    next_id
                }
            };
            let next_node = self.scores.len() as u32;
            let child = *self.edges.entry(edge(node, id, glued)).or_insert(next_node);
            if child == next_node {
                self.scores.push(f32::NAN);
            }
            node = child;
            prev = Some(tok);
        }
        if node != 0 {
            if let Some(s) = self.scores.get_mut(node as usize) {
                *s = if merge && !s.is_nan() {
                    let (hi, lo) = if *s > score { (*s, score) } else { (score, *s) };
                    hi + (lo - hi).exp().ln_1p()
                } else {
                    score
                };
            }
        }
    }
}

/// The read-only, cache-friendly form of a [`Trie`]: children of the root in an array indexed
/// by token id, children of other nodes in sorted runs of one array.
#[derive(Clone, Debug, Default)]
pub(crate) struct Frozen {
    /// Unique per frozen trie, so that thread-local caches of token ids know whose ids they hold.
    generation: u64,
    ids: HashMap<Box<str>, u32, Fx>,
    /// Token id -> child of the root (or [`UNKNOWN`]) and the child's score (NaN: no word ends
    /// there), side by side so one memory access answers both.
    first: Vec<(u32, f32)>,
    /// Node -> start of its children in `labels`/`targets` (one more entry than nodes).
    starts: Vec<u32>,
    /// `id << 1 | glued`: per node a run searched linearly (at most [`LINEAR_CHILDREN`]) or
    /// a hashed run (a power of two above it, free slots [`NO_LABEL`]).
    labels: Vec<u32>,
    /// The child node and its score, for each label.
    targets: Vec<(u32, f32)>,
    /// `id1 << 32 | id2` for every two tokens that follow each other inside a word (glued or
    /// not): a text cut between two tokens that are no such pair cuts no word of the list.
    pairs: std::collections::HashSet<u64, Fx>,
}

impl Trie {
    /// The read-only form used while segmenting.
    pub(crate) fn freeze(&self) -> Frozen {
        let n_nodes = self.scores.len();
        let score_of = |n: u32| self.scores.get(n as usize).copied().unwrap_or(f32::NAN);
        // Nodes without children are stored as `LEAF`: walking on from them ends at once,
        // without touching `starts`.
        let mut has_children = vec![false; n_nodes];
        for &e in self.edges.keys() {
            if let Some(h) = has_children.get_mut((e >> 33) as usize) {
                *h = true;
            }
        }
        let target = |n: u32| {
            if has_children.get(n as usize).copied().unwrap_or(false) {
                n
            } else {
                LEAF
            }
        };
        let mut first = vec![(UNKNOWN, f32::NAN); self.ids.len()];
        let mut rest: Vec<(u32, u32, u32)> = Vec::with_capacity(self.edges.len());
        for (&e, &child) in &self.edges {
            let parent = (e >> 33) as u32;
            let label = (e & 0x1_ffff_ffff) as u32;
            let id = label >> 1;
            if parent == 0 && label & 1 == 0 {
                if let Some(slot) = first.get_mut(id as usize) {
                    *slot = (target(child), score_of(child));
                }
            } else {
                rest.push((parent, label, child));
            }
        }
        rest.sort_unstable();
        let mut starts = Vec::with_capacity(n_nodes + 1);
        let mut labels = Vec::with_capacity(rest.len());
        let mut targets = Vec::with_capacity(rest.len());
        let mut it = rest.iter().peekable();
        let mut run: Vec<(u32, (u32, f32))> = Vec::new();
        for node in 0..n_nodes as u32 {
            starts.push(labels.len() as u32);
            run.clear();
            while let Some(&&(p, l, c)) = it.peek() {
                if p != node {
                    break;
                }
                run.push((l, (target(c), score_of(c))));
                it.next();
            }
            if run.len() <= LINEAR_CHILDREN {
                for &(l, t) in &run {
                    labels.push(l);
                    targets.push(t);
                }
            } else {
                // An open-addressing table at most half full: a lookup is one hash and
                // usually one probe instead of a binary search over hundreds of labels.
                let cap = (2 * run.len()).next_power_of_two();
                let base = labels.len();
                labels.resize(base + cap, NO_LABEL);
                targets.resize(base + cap, (LEAF, f32::NAN));
                for &(l, t) in &run {
                    let mut i = slot_of(l, cap);
                    while labels.get(base + i).is_some_and(|&x| x != NO_LABEL) {
                        i = (i + 1) & (cap - 1);
                    }
                    if let (Some(ls), Some(ts)) =
                        (labels.get_mut(base + i), targets.get_mut(base + i))
                    {
                        *ls = l;
                        *ts = t;
                    }
                }
            }
        }
        starts.push(labels.len() as u32);
        // The label into each node (a trie: one per node but the root), then every edge out of
        // a node with a label into it is a pair of tokens inside a word.
        let mut into = vec![UNKNOWN; n_nodes];
        for (&e, &child) in &self.edges {
            if let Some(slot) = into.get_mut(child as usize) {
                *slot = ((e & 0x1_ffff_ffff) >> 1) as u32;
            }
        }
        let mut pairs =
            std::collections::HashSet::with_capacity_and_hasher(self.edges.len(), Fx::default());
        for &e in self.edges.keys() {
            let parent = (e >> 33) as usize;
            let id2 = ((e & 0x1_ffff_ffff) >> 1) as u32;
            if let Some(&id1) = into.get(parent).filter(|&&i| i != UNKNOWN) {
                pairs.insert(u64::from(id1) << 32 | u64::from(id2));
            }
        }
        Frozen {
            generation: NEXT_GENERATION.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            ids: self.ids.clone(),
            first,
            starts,
            labels,
            targets,
            pairs,
        }
    }
}

/// Nodes with at most this many children keep them in a plain run searched linearly; larger
/// ones get a hashed run.
const LINEAR_CHILDREN: usize = 8;

/// A free slot of a hashed run (no label is `u32::MAX`: that would be the id [`UNKNOWN`] glued).
const NO_LABEL: u32 = u32::MAX;

/// The home slot of `label` in a hashed run of `cap` slots (a power of two).
#[inline]
fn slot_of(label: u32, cap: usize) -> usize {
    ((u64::from(label).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize) & (cap - 1)
}

static NEXT_GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Longest token (in bytes) kept in an [`IdCache`] entry: three machine words.
const CACHE_BYTES: usize = 24;
/// Number of [`IdCache`] entries: `1 << CACHE_BITS`.
const CACHE_BITS: u32 = 14;
const CACHE_SIZE: usize = 1 << CACHE_BITS;

/// What the segmenter derives from a token's text and kind alone: computed once per spelling
/// and kept in the [`IdCache`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Facts {
    /// Trie id of the token's key, or [`UNKNOWN`].
    pub(crate) id: u32,
    /// The segmenter's letter-case class of the token.
    pub(crate) case: u8,
    /// The token's proper-name class, before its context is looked at.
    pub(crate) name: u8,
}

/// One cached spelling: its bytes zero-padded into three words (compared as integers, no
/// `memcmp` call), its length, a tag (whether it is a word) and its facts.
#[derive(Clone, Copy)]
struct CacheEntry {
    words: [u64; 3],
    len: u8,
    tag: u8,
    facts: Facts,
}

const EMPTY_ENTRY: CacheEntry = CacheEntry {
    words: [0; 3],
    len: u8::MAX,
    tag: 0,
    facts: Facts {
        id: UNKNOWN,
        case: 0,
        name: 0,
    },
};

/// A small direct-mapped cache from a token as written to its [`Facts`], kept per thread:
/// running text repeats a few thousand spellings, and a hit costs one hash and one short
/// comparison instead of the hash map probe (and, for spellings that are not canonical, the key
/// computation, and for capitalised words the syllable check).
#[derive(Default)]
pub(crate) struct IdCache {
    generation: u64,
    entries: Vec<CacheEntry>,
}

/// The 8 bytes of `b` from `at` as a little-endian word (0 when out of range).
#[inline]
fn load8(b: &[u8], at: usize) -> u64 {
    b.get(at..at + 8)
        .and_then(|s| <[u8; 8]>::try_from(s).ok())
        .map_or(0, u64::from_le_bytes)
}

/// `b` zero-padded into three little-endian words, or `None` when longer than
/// [`CACHE_BYTES`]. Read with whole-word (and overlapping) loads of `b` itself: assembling the
/// words through a byte buffer made every probe wait for the buffer's stores.
#[inline]
fn pack(b: &[u8]) -> Option<[u64; 3]> {
    let len = b.len();
    let mut words = [0u64; 3];
    if len > CACHE_BYTES {
        return None;
    }
    if len >= 8 {
        let full = len / 8;
        for (k, w) in words.iter_mut().enumerate().take(full) {
            *w = load8(b, 8 * k);
        }
        let rem = len % 8;
        if rem > 0 {
            if let Some(w) = words.get_mut(full) {
                *w = load8(b, len - 8) >> (8 * (8 - rem));
            }
        }
    } else if len >= 4 {
        let lo = b.get(..4).and_then(|s| <[u8; 4]>::try_from(s).ok());
        let hi = b.get(len - 4..).and_then(|s| <[u8; 4]>::try_from(s).ok());
        let lo = lo.map_or(0, |x| u64::from(u32::from_le_bytes(x)));
        let hi = hi.map_or(0, |x| u64::from(u32::from_le_bytes(x)));
        words[0] = lo | (hi << (8 * (len - 4)));
    } else {
        for (k, &x) in b.iter().enumerate() {
            words[0] |= u64::from(x) << (8 * k);
        }
    }
    Some(words)
}

impl IdCache {
    /// The facts of `text` (with `tag`, which the facts may depend on) for `trie`, computing
    /// them with `slow` on a miss.
    #[inline]
    pub(crate) fn get_or(
        &mut self,
        trie: &Frozen,
        text: &str,
        tag: u8,
        slow: impl FnOnce() -> Facts,
    ) -> Facts {
        if self.generation != trie.generation || self.entries.len() != CACHE_SIZE {
            self.generation = trie.generation;
            self.entries.clear();
            self.entries.resize(CACHE_SIZE, EMPTY_ENTRY);
        }
        let bytes = text.as_bytes();
        let Some(words) = pack(bytes) else {
            return slow();
        };
        let mut h = FxHasher::default();
        h.add(words[0]);
        h.add(words[1]);
        h.add(words[2]);
        let slot = (h.finish() >> (64 - CACHE_BITS)) as usize & (CACHE_SIZE - 1);
        let len = bytes.len() as u8;
        if let Some(e) = self.entries.get(slot) {
            if e.len == len && e.tag == tag && e.words == words {
                return e.facts;
            }
        }
        let facts = slow();
        if let Some(e) = self.entries.get_mut(slot) {
            *e = CacheEntry {
                words,
                len,
                tag,
                facts,
            };
        }
        facts
    }
}

impl Frozen {
    /// Whether a word of the list has token `b` right after token `a` (ids; [`UNKNOWN`] is in
    /// no word).
    #[inline]
    pub(crate) fn follows_in_word(&self, a: u32, b: u32) -> bool {
        a != UNKNOWN && b != UNKNOWN && self.pairs.contains(&(u64::from(a) << 32 | u64::from(b)))
    }

    /// The id of a token key, or [`UNKNOWN`].
    #[inline]
    pub(crate) fn id(&self, key: &str) -> u32 {
        self.ids.get(key).copied().unwrap_or(UNKNOWN)
    }

    /// The word of one token `id`: the root's child and its log probability, `(LEAF, NaN)` when
    /// no word starts with the token.
    #[inline]
    pub(crate) fn root(&self, id: u32) -> (u32, f32) {
        match self.first.get(id as usize) {
            Some(&(c, s)) if c != UNKNOWN => (c, s),
            _ => (LEAF, f32::NAN),
        }
    }

    /// The child of `node` through token `id` (glued to the previous token or after a space),
    /// with the log probability of the word ending there (NaN when none does).
    #[inline]
    pub(crate) fn child(&self, node: u32, id: u32, glued: bool) -> Option<(u32, f32)> {
        if node == 0 {
            return self
                .first
                .get(id as usize)
                .copied()
                .filter(|&(c, _)| c != UNKNOWN && !glued);
        }
        if node == LEAF {
            return None;
        }
        let s = self.starts.get(node as usize).copied()? as usize;
        let e = self.starts.get(node as usize + 1).copied()? as usize;
        let labels = self.labels.get(s..e)?;
        let want = (id << 1) | u32::from(glued);
        let at = if labels.len() <= LINEAR_CHILDREN {
            labels.iter().position(|&l| l == want)?
        } else {
            // A hashed run (see `freeze`): its length is a power of two above
            // `LINEAR_CHILDREN`, at most half full, so the probe meets `want` or a free slot.
            if want == NO_LABEL {
                return None;
            }
            let mask = labels.len() - 1;
            let mut i = slot_of(want, labels.len());
            loop {
                match labels.get(i) {
                    Some(&l) if l == want => break i,
                    Some(&l) if l != NO_LABEL => i = (i + 1) & mask,
                    _ => return None,
                }
            }
        };
        self.targets.get(s + at).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trie_finds_words_and_prefixes() {
        let mut t = Trie::new();
        t.insert("thi đua", -5.0, false);
        t.insert("thi", -3.0, false);
        t.insert("gd-đt", -9.0, false);
        let thi = t.child(0, t.id("thi"), false).unwrap();
        assert_eq!(t.score(thi), Some(-3.0));
        let dua = t.child(thi, t.id("đua"), false).unwrap();
        assert_eq!(t.score(dua), Some(-5.0));
        assert!(t.child(thi, t.id("đua"), true).is_none());
        let gd = t.child(0, t.id("gd"), false).unwrap();
        assert_eq!(t.score(gd), None);
        let dash = t.child(gd, t.id("-"), true).unwrap();
        let dt = t.child(dash, t.id("đt"), true).unwrap();
        assert_eq!(t.score(dt), Some(-9.0));
        assert_eq!(t.id("không có"), UNKNOWN);
        // the frozen form answers the same
        let f = t.freeze();
        let (thi, s) = f.child(0, f.id("thi"), false).unwrap();
        assert_eq!(s, -3.0);
        let (_, s) = f.child(thi, f.id("đua"), false).unwrap();
        assert_eq!(s, -5.0);
        assert!(f.child(thi, f.id("đua"), true).is_none());
        assert!(f.child(0, f.id("thi"), true).is_none());
        let (gd, s) = f.child(0, f.id("gd"), false).unwrap();
        assert!(s.is_nan());
        let (dash, _) = f.child(gd, f.id("-"), true).unwrap();
        assert_eq!(f.child(dash, f.id("đt"), true).unwrap().1, -9.0);
        assert_eq!(f.id("x y"), UNKNOWN);
        assert!(f.child(0, UNKNOWN, false).is_none());
    }

    #[test]
    fn nodes_with_many_children_are_found_through_their_hashed_runs() {
        let mut t = Trie::new();
        let syllables: Vec<String> = (0..300).map(|i| format!("x{i}")).collect();
        t.insert("nhà", -1.0, false);
        for (i, s) in syllables.iter().enumerate() {
            t.insert(&format!("nhà {s}"), -(i as f32) - 2.0, false);
            t.insert(&format!("{s} ở"), -7.0, false);
        }
        t.insert("nhà-x5", -4.5, false);
        let f = t.freeze();
        let (nha, s) = f.child(0, f.id("nhà"), false).unwrap();
        assert_eq!(s, -1.0);
        for (i, s) in syllables.iter().enumerate() {
            let id = f.id(s);
            assert_ne!(id, UNKNOWN);
            let (_, score) = f.child(nha, id, false).unwrap();
            assert_eq!(score, -(i as f32) - 2.0);
            if s != "x5" {
                assert!(f.child(nha, id, true).is_none());
            }
        }
        let (dash, _) = f.child(nha, f.id("-"), true).unwrap();
        assert_eq!(f.child(dash, f.id("x5"), true).unwrap().1, -4.5);
        assert!(f.child(nha, f.id("ở"), false).is_none());
        assert!(f.child(nha, UNKNOWN, false).is_none());
        assert!(f.child(nha, UNKNOWN, true).is_none());
    }

    #[test]
    fn pack_is_the_zero_padded_bytes() {
        let text = "Nguyễn Thị Minh Khai, ủy ban nhân dân x";
        let b = text.as_bytes();
        for start in 0..b.len() {
            for end in start..=b.len().min(start + CACHE_BYTES + 2) {
                let s = &b[start..end];
                let got = pack(s);
                if s.len() > CACHE_BYTES {
                    assert_eq!(got, None);
                    continue;
                }
                let mut buf = [0u8; CACHE_BYTES];
                buf[..s.len()].copy_from_slice(s);
                let want: Vec<u64> = buf
                    .chunks_exact(8)
                    .map(|c| u64::from_le_bytes(c.try_into().unwrap()))
                    .collect();
                assert_eq!(got.unwrap().to_vec(), want, "{s:?}");
            }
        }
    }

    #[test]
    fn cache_keys_on_spelling_and_tag() {
        let mut t = Trie::new();
        t.insert("thi", -3.0, false);
        let f = t.freeze();
        let mut c = IdCache::default();
        let facts = |id: u32, name: u8| Facts { id, case: 0, name };
        let mut calls = 0;
        let mut get = |c: &mut IdCache, text: &str, tag: u8, v: Facts| {
            c.get_or(&f, text, tag, || {
                calls += 1;
                v
            })
        };
        assert_eq!(get(&mut c, "thi", 1, facts(7, 1)), facts(7, 1));
        // a hit does not recompute
        assert_eq!(get(&mut c, "thi", 1, facts(9, 9)), facts(7, 1));
        // another tag, another spelling, a longer spelling: computed
        assert_eq!(get(&mut c, "thi", 0, facts(5, 0)), facts(5, 0));
        assert_eq!(get(&mut c, "th", 1, facts(4, 0)), facts(4, 0));
        let long = "a".repeat(CACHE_BYTES + 1);
        assert_eq!(get(&mut c, &long, 1, facts(3, 0)), facts(3, 0));
        assert_eq!(get(&mut c, &long, 1, facts(2, 0)), facts(2, 0));
        assert_eq!(calls, 5);
    }

    #[test]
    fn i_y_variants_are_one() {
        let mut out = String::new();
        for (a, b) in [
            ("quí", "quý"),
            ("kĩ", "kỹ"),
            ("sĩ", "sỹ"),
            ("lí", "lý"),
            ("ti", "ty"),
            ("hi", "hy"),
        ] {
            out.clear();
            fold_iy(a, &mut out);
            assert_eq!(out, b);
        }
        for (a, b) in [("ðặng", "đặng"), ("ðì", "đì")] {
            out.clear();
            fold_iy(a, &mut out);
            assert_eq!(out, b);
        }
        for a in ["vi", "chi", "bi", "khi", "tim", "quý", "li-"] {
            out.clear();
            fold_iy(a, &mut out);
            assert_eq!(out, a);
        }
        let mut t = Trie::new();
        t.insert("bác sĩ", (0.25f32).ln(), true);
        t.insert("bác sỹ", (0.25f32).ln(), true);
        let f = t.freeze();
        let (bac, _) = f.child(0, f.id("bác"), false).unwrap();
        let (_, s) = f.child(bac, f.id("sỹ"), false).unwrap();
        assert!((s - (0.5f32).ln()).abs() < 1e-6);
    }
}
