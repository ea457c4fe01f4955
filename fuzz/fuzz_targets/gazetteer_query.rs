//! Lookups, resolution and address conversion of the embedded gazetteer over arbitrary UTF-8:
//! no panic; every unit returned is one of the gazetteer's; a conversion's score is in
//! `0..=1`, its successors are valid on the target date, and a conversion without successors
//! says why (`unanswered`).
#![no_main]

use hanhchinh_gazetteer::{global, Hints};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let g = global();
    for m in g.lookup(s) {
        assert!(g.unit(m.unit.id()).is_some());
    }
    let _ = g.lookup_fuzzy(s);
    let _ = g.resolve(s, &Hints::default());
    for to in [g.latest_date(), jiff::civil::date(2025, 7, 1)] {
        let c = g.convert(s, to);
        assert!((0.0..=1.0).contains(&c.score), "score {}", c.score);
        for x in &c.successors {
            assert!(g.unit(x.unit.id()).is_some());
            assert!(x.unit.is_valid_on(to), "{} not valid on {to}", x.unit.name());
        }
        assert!(
            !c.successors.is_empty() || c.unanswered.is_some(),
            "no successor and no reason for {s:?}"
        );
    }
});
