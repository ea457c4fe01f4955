//! The writing styles of an address, shared by the accuracy tests (`tests/address.rs`, on a
//! sample) and `examples/address_accuracy.rs` (on every unit, timed).

use hanhchinh_gazetteer::Unit;

/// The names of the styles of [`styles`], in its order.
pub const STYLES: [&str; 4] = ["official", "abbrev", "folded", "bare"];

/// A unit's address in four styles: as the official lists write it (`Phường Phúc Xá, Quận Ba
/// Đình, Thành phố Hà Nội`), with the dotted abbreviations of the types (`P.Phúc Xá, Q.Ba Đình,
/// TP.Hà Nội`), the official one folded (`phuong phuc xa, ...`), and the bare names (`Phúc Xá,
/// Ba Đình, Hà Nội`).
pub fn styles(u: &Unit<'_>) -> [String; 4] {
    let mut abbreviated = vec![abbrev(u)];
    abbreviated.extend(u.ancestors().map(|a| abbrev(&a)));
    let mut bare = vec![u.name().to_string()];
    bare.extend(u.ancestors().map(|a| a.name().to_string()));
    let official = u.official_address();
    let folded = hanhchinh_text::fold(&official).into_owned();
    [official, abbreviated.join(", "), folded, bare.join(", ")]
}

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
