//! The overlap rule (documented on [`Analysis::entities`](crate::Analysis::entities)), in one
//! sort and one pass over the entities.

use crate::entity::{Entity, EntityKind};

/// An admin_unit entity written without its type word (its text is its name).
fn is_bare(e: &Entity<'_>) -> bool {
    e.fields()
        .admin_unit()
        .is_some_and(|u| hanhchinh_text::key(e.text().trim()) == hanhchinh_text::key(&u.name))
}

/// Sorts by start, longer first, then by kind, stably (the first pushed of two equal keys stays
/// first), without the scratch copy of the entities a stable sort allocates: the keys and their
/// positions are sorted, then the entities are moved to their places along the permutation's
/// cycles.
fn sort(v: &mut [Entity<'_>]) {
    let mut order: Vec<(usize, std::cmp::Reverse<usize>, EntityKind, usize)> = v
        .iter()
        .enumerate()
        .map(|(i, e)| (e.start(), std::cmp::Reverse(e.end()), e.kind(), i))
        .collect();
    order.sort_unstable();
    // `order[k].3` is where the entity that belongs at `k` is now; a visited slot gets `k`.
    for start in 0..order.len() {
        let mut k = start;
        while let Some(slot) = order.get_mut(k) {
            let src = slot.3;
            slot.3 = k;
            if src == start || src == k {
                break;
            }
            v.swap(k, src);
            k = src;
        }
    }
}

/// Applies the overlap rule and sorts by start, longer first, then by kind.
pub(crate) fn merge(mut v: Vec<Entity<'_>>) -> Vec<Entity<'_>> {
    sort(&mut v);
    v.dedup_by(|x, y| x.kind() == y.kind() && x.start() == y.start() && x.end() == y.end());
    // In start order, the legal reference or administrative unit that reaches furthest so far
    // covers every number inside one (the reference's own number, the numeral of a unit's name:
    // `xã Quế Xuân 1`); a person covers the bare units it overlaps. Persons may start after a unit
    // that overlaps them: their spans are checked through a sorted list by binary search.
    let persons: Vec<(usize, usize)> = v
        .iter()
        .filter(|e| e.kind() == EntityKind::Person)
        .map(|e| (e.start(), e.end()))
        .collect();
    let overlaps_person = |s: usize, e: usize| {
        // Persons do not overlap each other: the one starting last before `e` is the only
        // candidate.
        let k = persons.partition_point(|p| p.0 < e);
        k > 0 && persons.get(k - 1).is_some_and(|p| p.1 > s)
    };
    let mut named_end = 0usize;
    v.retain(|e| {
        if e.kind().is_number_like() {
            return e.end() > named_end;
        }
        // (The overlap first: it is a binary search, `is_bare` keys two strings.)
        let keep = !(e.kind() == EntityKind::AdminUnit
            && overlaps_person(e.start(), e.end())
            && is_bare(e));
        if keep && matches!(e.kind(), EntityKind::LegalRef | EntityKind::AdminUnit) {
            named_end = named_end.max(e.end());
        }
        keep
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::Fields;
    use hanhchinh_numdate::Decimal;

    /// The permutation sort equals the stable sort it replaces, equal keys in push order,
    /// on every arrangement of a small set with repeated keys.
    #[test]
    fn sort_is_the_stable_sort() {
        let text = "0123456789";
        let spans = [
            (0, 3),
            (0, 5),
            (2, 4),
            (0, 3),
            (5, 9),
            (2, 4),
            (7, 8),
            (0, 5),
        ];
        for seed in 0u64..500 {
            // A reproducible shuffle (xorshift), values telling apart equal spans.
            let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
            let mut next = || {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x
            };
            let mut order = spans;
            for i in (1..order.len()).rev() {
                order.swap(i, (next() % (i as u64 + 1)) as usize);
            }
            let mut v: Vec<Entity<'_>> = Vec::new();
            for &(s, e) in &order {
                let x = next();
                let value = Decimal::new(i128::from((x % 1000) as u16), 0).unwrap();
                let fields = if x % 3 == 0 {
                    Fields::Percent { value }
                } else {
                    Fields::Number { value }
                };
                v.push(Entity::new(text, s..e, fields).unwrap());
            }
            let mut want = v.clone();
            want.sort_by(|x, y| {
                x.start()
                    .cmp(&y.start())
                    .then(y.end().cmp(&x.end()))
                    .then(x.kind().cmp(&y.kind()))
            });
            sort(&mut v);
            assert_eq!(v, want, "seed {seed}");
        }
    }
}
