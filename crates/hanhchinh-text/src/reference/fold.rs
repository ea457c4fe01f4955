//! The reference fold (see the module above).

use std::borrow::Cow;

use crate::fold::fold_general;
use crate::letter::letter;

pub fn fold(s: &str) -> Cow<'_, str> {
    if !s.bytes().any(|b| b >= 0x80 || b.is_ascii_uppercase()) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    Cow::Owned(out)
}

pub fn fold_into(s: &str, out: &mut String) {
    let start = out.len();
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(l) = letter(c) {
            out.push(char::from(l.base));
        } else if (c as u32) >= 0x300 && (c as u32) <= 0x36F {
            // a lone combining diacritic (NFD input): removed
        } else {
            // Any other character: apply the definition literally to the whole text.
            out.truncate(start);
            out.push_str(&fold_general(s));
            return;
        }
    }
}
