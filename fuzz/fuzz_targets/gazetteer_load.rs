//! `Gazetteer::from_bytes` on arbitrary bytes (users load gazetteer files that others built):
//! a clear error or a gazetteer whose every unit can be read and queried, never a panic.
#![no_main]

use hanhchinh_gazetteer::Gazetteer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(g) = Gazetteer::from_bytes(data.to_vec()) else {
        return;
    };
    for u in g.units().take(256) {
        let _ = (u.name(), u.code(), u.level(), u.unit_type(), u.province());
    }
    let _ = g.lookup("Ba Đình");
    let _ = g.lookup_fuzzy("Ba Dinh");
});
