//! Address accuracy over every unit valid on a date, in four writing styles:
//! `cargo run --release -p hanhchinh-gazetteer --example address_accuracy [YYYY-MM-DD]`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
use hanhchinh_gazetteer::{Gazetteer, Hints, Unit, LAST_PRE_REFORM};
use std::time::Instant;

/// A writing style: a name and the function that writes a unit's address in it.
type Style = (&'static str, Box<dyn Fn(&Unit<'_>) -> String>);

/// The unit's name after the dotted abbreviation of its type (`P.Phúc Xá`, `TX.Sơn Tây`), from
/// the type's own abbreviations (`UnitType::abbreviations`); no prefix for a type without one.
fn abbrev(u: &Unit<'_>) -> String {
    let types = u.unit_type().abbreviations();
    let t = types
        .iter()
        .find(|a| a.ends_with('.'))
        .copied()
        .unwrap_or("");
    format!("{t}{}", u.name())
}

fn main() {
    let date = std::env::args()
        .nth(1)
        .and_then(|d| d.parse().ok())
        .unwrap_or(LAST_PRE_REFORM);
    let g = Gazetteer::default();
    let units: Vec<Unit<'_>> = g
        .units_on(date)
        .filter(|u| u.level() == hanhchinh_gazetteer::Level::Commune)
        .collect();
    let hints = Hints {
        as_of: Some(date),
        ..Hints::default()
    };
    let styles: [Style; 4] = [
        ("official", Box::new(|u: &Unit<'_>| u.official_address())),
        (
            "abbrev",
            Box::new(|u: &Unit<'_>| {
                let mut v = vec![abbrev(u)];
                v.extend(u.ancestors().map(|a| abbrev(&a)));
                v.join(", ")
            }),
        ),
        (
            "folded",
            Box::new(|u: &Unit<'_>| hanhchinh_text::fold(&u.official_address()).into_owned()),
        ),
        (
            "bare",
            Box::new(|u: &Unit<'_>| {
                let mut v = vec![u.name().to_string()];
                v.extend(u.ancestors().map(|a| a.name().to_string()));
                v.join(", ")
            }),
        ),
    ];
    for (name, f) in &styles {
        let addrs: Vec<String> = units.iter().map(f).collect();
        let t = Instant::now();
        let mut ok = 0;
        let mut bad = Vec::new();
        for (u, a) in units.iter().zip(&addrs) {
            match g.resolve_address(a, &hints).unit() {
                Some(r) if r.id() == u.id() => ok += 1,
                r => bad.push((a.clone(), r.map(|r| r.to_string()))),
            }
        }
        let el = t.elapsed();
        println!(
            "{name:9} {ok}/{} = {:.3}%  {:.0} addresses/s",
            units.len(),
            100.0 * ok as f64 / units.len() as f64,
            units.len() as f64 / el.as_secs_f64()
        );
        for b in bad.iter().take(4) {
            println!("    miss: {} -> {:?}", b.0, b.1);
        }
    }
}
