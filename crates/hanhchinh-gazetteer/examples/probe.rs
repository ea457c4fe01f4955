#![allow(missing_docs, clippy::unwrap_used)]
use hanhchinh_gazetteer::{Gazetteer, Level, LAST_PRE_REFORM};
fn main() {
    let g = Gazetteer::default();
    let to = jiff::civil::date(2026, 10, 1);
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("speed") {
        let addrs: Vec<String> = g
            .units_on(LAST_PRE_REFORM)
            .filter(|u| u.level() == Level::Commune)
            .step_by(5)
            .map(|u| u.official_address())
            .collect();
        let t = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..args.get(1).map_or(1, |x| x.parse().unwrap()) {
            for a in &addrs {
                n += g.convert(a, to).successors.len();
            }
        }
        eprintln!("{} addresses in {:?} ({n})", addrs.len(), t.elapsed());
        return;
    }
    if args.first().map(String::as_str) == Some("line") {
        let kib: usize = args.get(1).map_or(16, |x| x.parse().unwrap());
        let shape = args.get(2).map_or("addresses", String::as_str);
        let text: String = match shape {
            "damaged" => "Ph\u{FFFD}\u{FFFD}ng xkq ".repeat(1 << 16),
            _ => g
                .units_on(LAST_PRE_REFORM)
                .filter(|u| u.level() == Level::Commune)
                .map(|u| u.official_address())
                .collect::<Vec<_>>()
                .join(", "),
        };
        let mut end = (kib << 10).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let c = g.convert(&text[..end], to);
        eprintln!("{} bytes score {}", end, c.score);
        return;
    }
    for a in args {
        let c = g.convert(&a, to);
        println!(
            "{a}\n  -> {:?} score {} {:?} via {:?}\n  succ {:?}",
            c.resolution,
            c.score,
            c.unanswered,
            c.via,
            c.successors
                .iter()
                .map(|s| (s.unit.code(), s.unit.name()))
                .collect::<Vec<_>>()
        );
    }
}
