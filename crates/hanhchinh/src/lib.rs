//! Vietnamese administrative NLP in one call (facade of the hanhchinh crates).

pub use hanhchinh_text as text;
