//! Prints the tokens of `hanhchinh_text::tokenize` for a text (a debugging aid).
fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    for t in hanhchinh_text::tokenize(&text) {
        println!(
            "{:?} {:?} {}..{} key={:?}",
            t.kind(),
            t.text(),
            t.start(),
            t.end(),
            t.key()
        );
    }
}
