//! The overlap rule (documented on [`Analysis::entities`](crate::Analysis::entities)), in one
//! sort and one pass over the entities.

use crate::entity::{Entity, EntityKind};

/// An admin_unit entity written without its type word (its text is its name).
fn is_bare(e: &Entity<'_>) -> bool {
    e.fields()
        .admin_unit()
        .is_some_and(|u| hanhchinh_text::key(e.text().trim()) == hanhchinh_text::key(&u.name))
}

/// Applies the overlap rule and sorts by start, longer first, then by kind.
pub(crate) fn merge(mut v: Vec<Entity<'_>>) -> Vec<Entity<'_>> {
    v.sort_by(|x, y| {
        x.start()
            .cmp(&y.start())
            .then(y.end().cmp(&x.end()))
            .then(x.kind().cmp(&y.kind()))
    });
    v.dedup_by(|x, y| x.kind() == y.kind() && x.start() == y.start() && x.end() == y.end());
    // In start order, the legal reference that reaches furthest so far covers every number
    // inside one; a person covers the bare units it overlaps. Persons may start after a unit
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
    let mut ref_end = 0usize;
    v.retain(|e| {
        if e.kind() == EntityKind::LegalRef {
            ref_end = ref_end.max(e.end());
            return true;
        }
        if e.kind().is_number_like() && e.end() <= ref_end {
            return false;
        }
        !(e.kind() == EntityKind::AdminUnit && is_bare(e) && overlaps_person(e.start(), e.end()))
    });
    v
}
