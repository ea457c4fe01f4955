//! Runs `find` once over a text of about N MiB made by repeating one shape (adversarial or
//! ordinary), for instruction counts under `valgrind --tool=callgrind` (repeatable on a loaded
//! machine): a linear scanner costs the same per byte at every size.
//!
//! `cargo build --release -p hanhchinh-numdate --example shapes`
//! `valgrind --tool=callgrind target/release/examples/shapes list 4`
//!
//! Shapes: digits (one run of digits), dates2, slashes (`1/2/3/...` in one token), tu_den
//! (repeated `từ ... đến`), ty (runs of scale words), list (`Name N,` counts), dates (day
//! ranges), spaces (long runs of spaces), words (spelled-out decimals), ordinals, news.

fn main() {
    let mut a = std::env::args().skip(1);
    let shape = a.next().unwrap_or_default();
    let mb: usize = a.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let unit = match shape.as_str() {
        "digits" => "1234567890",
        "dates2" => "ngày 1/2/2023 ",
        "slashes" => "1/2/3/4/5/6/7/8/9/",
        "tu_den" => "từ 1 đến 2 từ 3 đến 4 ",
        "ty" => "1 tỷ tỷ tỷ tỷ tỷ tỷ tỷ ",
        "list" => "Quảng Trị 1, Huế 2, ",
        "dates" => "ngày 1 đến 20/11, 19 - 23/01/2026; ",
        "spaces" => "1          ",
        "words" => "hai mươi mốt phẩy năm ",
        "ordinals" => "kỳ họp thứ 4, lần thứ XIII, Thứ 6, 05/07/2024 ",
        _ => "tăng 6,6% so với năm 2020, đạt 82.367 tỷ đồng; ",
    };
    let mut s = String::new();
    while s.len() < mb << 20 {
        s.push_str(unit);
    }
    let n = hanhchinh_numdate::find(&s, &hanhchinh_numdate::Options::new()).len();
    println!("{shape} {mb} {n}");
}
