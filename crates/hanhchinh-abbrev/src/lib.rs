//! Vietnamese administrative abbreviations, official titles, ranks and legal document references.
//!
//! ```
//! use hanhchinh_abbrev::{find, Context, ProvinceKind};
//!
//! let ctx = Context::new().province_kind(ProvinceKind::CentralCity);
//! let text = "Quận ủy - HĐND - UBND - UB MTTQ quận; đồng chí Trần Đức Hoạt - TUV";
//! let mentions = find(text, &ctx);
//! let found: Vec<_> = mentions.iter().map(|m| (m.text(), m.expansion().unwrap())).collect();
//! assert_eq!(found[2], ("UB MTTQ", "Ủy ban Mặt trận Tổ quốc"));
//! assert_eq!(found[3], ("TUV", "Thành ủy viên"));
//! ```

mod context;
mod error;
mod legal;
mod lexicon;
mod scan;
mod title;

pub use context::{Context, Level, ProvinceKind};
pub use error::Error;
pub use legal::{find_legal_refs, find_legal_refs_in_tokens, parse_symbol, LegalRef, Symbol};
pub use lexicon::{
    is_surname, surnames, Candidate, Category, Condition, DocType, Entry, Lexicon, Part, Rank,
    RankKind, Scope, Tables, WordKind,
};
pub use scan::{expand, find, find_in_tokens, Mention, Origin};
pub use title::{designation, parse_title, split_titles, Designation, RankMention, Title};
