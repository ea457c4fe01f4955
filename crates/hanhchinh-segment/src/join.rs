//! The joining rules applied after the dynamic program: a number and its magnitude, a
//! reduplication, a run of proper-name syllables, an abbreviation and its dot, a number and its
//! letter, a hyphenated foreign word.

use std::ops::Range;

use hanhchinh_text::syllable::is_syllable;
use hanhchinh_text::{Token, TokenKind};

use crate::segmenter::{Scratch, Segmenter, CASE_OTHER};
use crate::trie::UNKNOWN;

/// Words that, after a number, form one numeral with it (`10 triệu`, `1.400 tỉ`).
const MAGNITUDES: &[&str] = &["trăm", "nghìn", "ngàn", "vạn", "triệu", "tỉ", "tỷ"];

impl Segmenter {
    /// Joins numbers with magnitudes, reduplications and proper-name runs.
    ///
    /// One pass over the words, each token looked at a bounded number of times: the
    /// proper-name facts of the word being built (all its syllables name syllables, one of them
    /// not written in capitals) are carried along as it grows instead of re-read at each merge,
    /// and a name joins at most as many syllables as
    /// [`SegmenterBuilder::max_name_syllables`](crate::SegmenterBuilder::max_name_syllables) says.
    #[inline(never)]
    pub(crate) fn join_rules(
        &self,
        tokens: &[Token<'_>],
        sc: &mut Scratch,
        words: &mut Vec<Range<usize>>,
    ) {
        let opts = &self.inner.opts;
        let sc: &Scratch = sc;
        let recs = &sc.recs;
        let name_at = |i: usize| recs.get(i).map_or(0, |r| r.name);
        let case_at = |i: usize| recs.get(i).map(|r| r.case);
        let id_at = |i: usize| recs.get(i).map(|r| r.id);
        // The proper-name facts of a range: every token a name syllable, and one of them a
        // name syllable not written in capitals (`name == 1`).
        let name_facts = |r: &Range<usize>| {
            let mut all = true;
            let mut mixed = false;
            for i in r.clone() {
                let n = name_at(i);
                all &= n != 0;
                mixed |= n == 1;
            }
            (all, mixed)
        };
        let max_name = opts.max_name.max(1);
        // Words are merged in place: `kept` is the number of output words so far. `facts` holds
        // the proper-name facts of the last of them once the name rule has needed them (read
        // once, then kept up to date as the word grows, so that no token is read again at each
        // merge); most words never need them.
        let mut kept = 0usize;
        let mut facts: Option<(bool, bool)> = None;
        for k in 0..words.len() {
            let Some(r) = words.get(k).cloned() else {
                break;
            };
            let mut r_facts: Option<(bool, bool)> = None;
            let last = kept.checked_sub(1).and_then(|i| words.get(i)).cloned();
            let merge = match last {
                None => false,
                Some(ref last) => {
                    let adjacent =
                        r.start == last.end && !recs.get(r.start).map_or(true, |x| x.brk);
                    // Fast path: two words meeting (no number, punctuation or symbol on either
                    // side of the boundary, which the magnitude, abbreviation, number-letter and
                    // hyphen rules need), not one repeated syllable, not two name syllables; no
                    // rule joins them.
                    let plain = case_at(r.start).is_some_and(|c| c != CASE_OTHER)
                        && last
                            .end
                            .checked_sub(1)
                            .and_then(case_at)
                            .is_some_and(|c| c != CASE_OTHER)
                        && !(name_at(r.start) != 0
                            && last.end.checked_sub(1).is_some_and(|i| name_at(i) != 0))
                        && !(r.len() == 1
                            && last.len() == 1
                            && (id_at(r.start) == id_at(last.start)
                                || id_at(r.start) == Some(UNKNOWN)));
                    adjacent
                        && !plain
                        && ((opts.magnitudes && is_magnitude_pair(tokens, last, &r))
                            || (opts.reduplications && is_reduplication(tokens, sc, last, &r))
                            || (opts.names
                                && name_at(r.start) != 0
                                && last.end.checked_sub(1).is_some_and(|i| name_at(i) != 0)
                                && last.len() + r.len() <= max_name
                                && {
                                    let (l_all, l_mixed) =
                                        *facts.get_or_insert_with(|| name_facts(last));
                                    let (r_all, r_mixed) = *r_facts.insert(name_facts(&r));
                                    l_all && r_all && (l_mixed || r_mixed)
                                })
                            || (opts.abbreviations && is_abbreviation_dot(tokens, last, &r))
                            || is_number_letter(tokens, last, &r)
                            || is_hyphen_glued(tokens, last, &r))
                }
            };
            match (merge, kept.checked_sub(1).and_then(|i| words.get_mut(i))) {
                (true, Some(last)) => {
                    if let Some((l_all, l_mixed)) = facts {
                        let (r_all, r_mixed) = r_facts.unwrap_or_else(|| name_facts(&r));
                        facts = Some((l_all && r_all, l_mixed || r_mixed));
                    }
                    last.end = r.end;
                }
                _ => {
                    if let Some(slot) = words.get_mut(kept) {
                        *slot = r;
                    }
                    kept += 1;
                    facts = None;
                }
            }
        }
        words.truncate(kept);
    }
}

#[inline]
fn single<'b, 'a>(tokens: &'b [Token<'a>], r: &Range<usize>) -> Option<&'b Token<'a>> {
    (r.len() == 1).then(|| tokens.get(r.start)).flatten()
}

#[inline]
fn is_magnitude_pair(tokens: &[Token<'_>], a: &Range<usize>, b: &Range<usize>) -> bool {
    match (single(tokens, a), single(tokens, b)) {
        (Some(x), Some(y)) => {
            x.kind() == TokenKind::Number
                && y.kind() == TokenKind::Word
                && MAGNITUDES.contains(&hanhchinh_text::key(y.text()).as_ref())
        }
        _ => false,
    }
}

/// `Wai-kru`, `e-mail`: a hyphen touching a word on its left and a lower-case word on its right,
/// one of them no Vietnamese syllable (a foreign word), joins them into one word. Acronyms
/// (`Phúc-UVBTVTU`), capitalised right parts (`Bà Rịa-Vũng Tàu`) and two Vietnamese syllables
/// (`kinh tế-xã hội`) stay apart.
#[inline]
fn is_hyphen_glued(tokens: &[Token<'_>], a: &Range<usize>, b: &Range<usize>) -> bool {
    let (Some(left), Some(right)) = (
        a.end.checked_sub(1).and_then(|i| tokens.get(i)),
        single(tokens, b),
    ) else {
        return false;
    };
    let word = |t: &Token<'_>| t.kind() == TokenKind::Word && !t.is_uppercase();
    let lower_word = |t: &Token<'_>| word(t) && !t.is_capitalized();
    if right.text() == "-" {
        // the hyphen joins the word before it when a lower-case word follows, all touching
        let next = tokens.get(b.end);
        return word(left)
            && left.end() == right.start()
            && next.is_some_and(|n| {
                n.start() == right.end()
                    && lower_word(n)
                    && !(left.is_syllable() && n.is_syllable())
            });
    }
    // the word after a hyphen that was joined to the word before it
    left.text() == "-"
        && a.len() >= 2
        && left.end() == right.start()
        && lower_word(right)
        && a.start
            .checked_add(a.len() - 2)
            .and_then(|i| tokens.get(i))
            .is_some_and(|w| word(w) && w.end() == left.start())
}

/// `H.`, `TP.`, `ThS.`: a short capitalised token that is not a Vietnamese syllable (or one
/// capital letter, an initial), the dot touching it, and more words after the dot on the line.
#[inline]
fn is_abbreviation_dot(tokens: &[Token<'_>], a: &Range<usize>, b: &Range<usize>) -> bool {
    let (Some(x), Some(dot)) = (single(tokens, a), single(tokens, b)) else {
        return false;
    };
    if dot.text() != "." || x.end() != dot.start() || x.kind() != TokenKind::Word {
        return false;
    }
    // One letter (an initial, `H.`, or `q.` for quận), or two or three letters that are no
    // Vietnamese syllable (`TP`, `Tp`, `tp`, `ThS`).
    let letters = x.text().chars().count();
    let initial = letters == 1;
    if !(initial || (2..=3).contains(&letters) && !x.is_syllable()) {
        return false;
    }
    tokens.get(b.end).is_some_and(|next| {
        matches!(
            next.kind(),
            TokenKind::Word | TokenKind::Number | TokenKind::Code
        )
    })
}

/// `1A`, `12B`, `95%`: a number and, touching it, one capital letter (a road, a class, a house
/// number) or a percent sign.
#[inline]
fn is_number_letter(tokens: &[Token<'_>], a: &Range<usize>, b: &Range<usize>) -> bool {
    let (Some(x), Some(y)) = (single(tokens, a), single(tokens, b)) else {
        return false;
    };
    let suffix = match y.kind() {
        TokenKind::Word => y.is_uppercase() && y.text().chars().nth(1).is_none(),
        TokenKind::Symbol => y.text() == "%",
        _ => false,
    };
    x.kind() == TokenKind::Number && x.end() == y.start() && suffix
}

/// Whether two tokens have the same key: by their ids when the list knows them.
#[inline]
fn same_key(sc: &Scratch, i: usize, j: usize, x: &Token<'_>, y: &Token<'_>) -> bool {
    match (sc.recs.get(i).map(|r| r.id), sc.recs.get(j).map(|r| r.id)) {
        (Some(a), Some(b)) if a != UNKNOWN || b != UNKNOWN => a == b,
        _ => hanhchinh_text::key(x.text()) == hanhchinh_text::key(y.text()),
    }
}

#[inline]
fn is_reduplication(
    tokens: &[Token<'_>],
    sc: &Scratch,
    a: &Range<usize>,
    b: &Range<usize>,
) -> bool {
    match (single(tokens, a), single(tokens, b)) {
        (Some(x), Some(y)) => {
            x.kind() == TokenKind::Word
                && y.kind() == TokenKind::Word
                && same_key(sc, a.start, b.start, x, y)
                && is_syllable(&x.normalized())
        }
        _ => false,
    }
}
