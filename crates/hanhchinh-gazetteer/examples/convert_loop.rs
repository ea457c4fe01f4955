//! Converts the official addresses of the `convert` bench (every 5th commune of 2025-06-30,
//! `Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội`) ROUNDS times: a profiling aid for
//! `valgrind --tool=callgrind` (instructions per address = the difference between two round
//! counts divided by the extra conversions, which leaves out the set-up).
//!
//! `cargo run --release -p hanhchinh-gazetteer --example convert_loop -- [ROUNDS] [official|street|post|long KIB]`
//!
//! `long KIB`: one line of the official addresses of every commune of 2025-06-30 joined by
//! commas, cut to KIB KiB (the long-line shape of the bench).
use hanhchinh_gazetteer::{Gazetteer, Level, LAST_PRE_REFORM};

fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let style = args.next().unwrap_or_else(|| "official".into());
    let g = Gazetteer::default();
    let today = g.latest_date();
    let addresses: Vec<String> = match style.as_str() {
        "long" => {
            let kib: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(16);
            let all = g
                .units_on(LAST_PRE_REFORM)
                .filter(|u| u.level() == Level::Commune)
                .map(|u| u.official_address())
                .collect::<Vec<_>>()
                .join(", ");
            let mut end = (kib << 10).min(all.len());
            while !all.is_char_boundary(end) {
                end -= 1;
            }
            vec![all.get(..end).unwrap_or_default().to_string()]
        }
        "post" => g
            .units_on(today)
            .filter(|u| u.level() == Level::Commune)
            .map(|u| u.official_address())
            .collect(),
        _ => g
            .units_on(LAST_PRE_REFORM)
            .filter(|u| u.level() == Level::Commune)
            .step_by(5)
            .enumerate()
            .map(|(i, u)| {
                if style == "street" {
                    format!(
                        "Số {} ngõ {} phố Hàng Bông, {}",
                        i % 97 + 1,
                        i % 13 + 2,
                        u.official_address()
                    )
                } else {
                    u.official_address()
                }
            })
            .collect(),
    };
    let mut n = 0usize;
    for _ in 0..rounds {
        for a in &addresses {
            n += g.convert(std::hint::black_box(a), today).successors.len();
        }
    }
    println!(
        "{} addresses x {rounds} rounds, {n} successors",
        addresses.len()
    );
}
