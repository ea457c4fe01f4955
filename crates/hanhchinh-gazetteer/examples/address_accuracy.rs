//! Address accuracy over every unit valid on a date, in four writing styles:
//! `cargo run --release -p hanhchinh-gazetteer --example address_accuracy [YYYY-MM-DD]`.
use hanhchinh_gazetteer::{Gazetteer, Hints, Unit, LAST_PRE_REFORM};
use std::time::Instant;

/// The writing styles, shared with the accuracy tests.
#[path = "../tests/common/mod.rs"]
mod common;

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
    let written: Vec<[String; 4]> = units.iter().map(common::styles).collect();
    for (i, name) in common::STYLES.iter().enumerate() {
        let t = Instant::now();
        let mut ok = 0;
        let mut bad = Vec::new();
        for (u, styles) in units.iter().zip(&written) {
            let a = styles.get(i).map_or("", String::as_str);
            match g.resolve_address(a, &hints).unit() {
                Some(r) if r.id() == u.id() => ok += 1,
                r => bad.push((a, r.map(|r| r.to_string()))),
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
