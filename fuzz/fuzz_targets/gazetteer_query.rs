//! Lookups and address conversion of the embedded gazetteer over arbitrary UTF-8: no panic;
//! every unit returned is one of the gazetteer's.
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
});
