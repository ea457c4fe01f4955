//! Prints the lookup candidates and the address resolution of each argument:
//! `cargo run -p hanhchinh-gazetteer --example query -- "Q. Ba Đình" "phuong phuc xa, ha noi"`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
use hanhchinh_gazetteer::Gazetteer;

fn main() {
    let g = Gazetteer::default();
    for a in std::env::args().skip(1) {
        println!("== {a}");
        for m in g.lookup(&a) {
            println!(
                "  {:?} {:?} parent={:?}",
                m.kind,
                m.unit,
                m.unit.parent().map(|p| p.to_string())
            );
        }
        let r = g.resolve_address(&a, &Default::default());
        println!("  address: {r:?}");
    }
}
