//! `Gazetteer::from_bytes` on arbitrary bytes (users load gazetteer files that others built):
//! a clear error or a gazetteer whose every unit can be read and queried, never a panic. Run
//! with `-malloc_limit_mb=64` (docs/fuzzing.md): no allocation sized by a count read from the
//! bytes beyond what they hold. The seed `fuzz/seeds/gazetteer_load/` is a real compiled
//! gazetteer (the invented sample of hanhchinh-gazetteer's tests).
#![no_main]

use hanhchinh_gazetteer::{Gazetteer, Hints};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(g) = Gazetteer::from_bytes(data.to_vec()) else {
        return;
    };
    let on = g.latest_date();
    for u in g.units().take(256) {
        let _ = (u.name(), u.code(), u.level(), u.unit_type(), u.province());
        let _ = (u.official_address(), u.children().count(), u.variants().count());
        let _ = (u.successors(), u.predecessors(), g.successors_on(u, on));
    }
    for q in ["Bến Đò", "ben do", "Ba Đình", "SM", "98001"] {
        let _ = g.lookup(q);
        let _ = g.resolve(q, &Hints::default());
    }
    let _ = g.lookup_fuzzy("Ba Dinh");
    let _ = g.convert("Xã Bến Đò, Huyện Bến Đò, Tỉnh Sông Mây", on);
    let _ = g.find_in("UBND xã Bến Đò, tỉnh Sông Mây");
});
