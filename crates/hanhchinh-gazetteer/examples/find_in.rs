//! Prints the mentions `find_in` finds in the text given as argument (a small debugging aid):
//! `cargo run -p hanhchinh-gazetteer --example find_in -- "UBND quận Ba Đình"`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
use hanhchinh_gazetteer::Gazetteer;

fn main() {
    let g = Gazetteer::default();
    let text = std::env::args().nth(1).unwrap_or_default();
    for m in g.find_in(&text) {
        println!(
            "{:?} {:?} -> {:?}",
            m.span,
            m.text,
            m.resolution
                .candidates()
                .iter()
                .map(|u| u.to_string())
                .collect::<Vec<_>>()
        );
    }
}
