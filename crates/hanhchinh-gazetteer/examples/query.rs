//! Prints what the gazetteer reads in each argument (a small debugging aid): the lookup
//! candidates of the whole argument as a name, its resolution as an address, and the mentions
//! `find_in` finds in it as running text:
//! `cargo run -p hanhchinh-gazetteer --example query -- "Q. Ba Đình" "UBND quận Ba Đình"`.
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
        for m in g.find_in(&a) {
            let candidates: Vec<String> = m
                .resolution
                .candidates()
                .iter()
                .map(|u| u.to_string())
                .collect();
            println!("  mention {:?} {:?} -> {candidates:?}", m.span, m.text);
        }
    }
}
