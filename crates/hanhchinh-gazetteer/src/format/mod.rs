//! The compiled (baked) form of a gazetteer: one byte buffer read in place.
//!
//! Layout (all integers little-endian):
//!
//! ```text
//! header   8 bytes magic "HCGZ\0\0\0\x01", u32 format version, u32 unit count,
//!          9 × (u32 offset, u32 length) of the sections below
//! units    48-byte records (see `UNIT_SIZE`)
//! strings  u16 length + UTF-8 bytes; a string is referred to by its offset (0 = "")
//! lists    u32 values; a list is referred to by the index of its count, items follow (0 = [])
//! edges    16-byte lineage records: from unit, to unit, note string, flags
//! aliases  8-byte records: alias string, unit
//! fst key  fst::Map: canonical name key -> postings
//! fst fold fst::Map: folded name key -> postings
//! fst code fst::Map: code -> postings
//! meta     UTF-8 data version
//! hash key   u32 capacity (power of two), then (key string, postings u32, folded postings u32)
//!            slots: an open-addressing table (FNV-1a, linear probing) of the same keys as fst
//!            key, so that exact lookups cost one hash and one string comparison instead of an
//!            FST walk; the folded postings are those of the key's fold in fst fold (0 = none),
//!            so that an exact hit needs no folding of the query
//! hash fold  the same for fst fold, without the folded postings (8-byte slots)
//! hash written  u32 capacity, then (name string, slot index in hash key) slots: every name,
//!            variant and alias as written in the tables (`Nam Từ Liêm`) that is a plain name,
//!            with the slot of its canonical key, so that a query spelt as in the tables
//!            needs neither normalizing nor folding
//! ```
//!
//! In the hash tables a postings value with the high bit set is one unit id, else a list.
//!
//! A postings value below 2^32 is a list reference (unit ids); from 2^32 on it is one unit id
//! plus 2^32. Nothing is parsed when loading: the sections are checked for bounds, the three FSTs
//! are opened in place (fst reads only their headers), and every accessor reads with `get`.
//!
//! `write` serializes the model that the builder resolves; `read` opens and reads the bytes.

mod read;
mod write;

pub(crate) use read::{Buf, Data, RawUnit, Slice};
pub(crate) use write::{write, MEdge, MUnit, Model};

pub(crate) const MAGIC: &[u8; 8] = b"HCGZ\0\0\0\x01";
pub(crate) const FORMAT_VERSION: u32 = 4;
const SECTIONS: usize = Section::HashWritten.index() + 1;
const HEADER_SIZE: usize = 16 + SECTIONS * 8;
pub(crate) const UNIT_SIZE: usize = 48;
const EDGE_SIZE: usize = 16;
const ALIAS_SIZE: usize = 8;
pub(crate) const NONE: u32 = u32::MAX;
const SINGLE: u64 = 1 << 32;

pub(crate) const FLAG_FROM_UPPER_BOUND: u16 = 1;
pub(crate) const FLAG_CHANGED: u16 = 2;
pub(crate) const FLAG_ABOLISHED: u16 = 4;

/// The sections of a file, in the order of the header's table (offset and length of each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    /// Fixed-size unit records ([`UNIT_SIZE`] bytes each).
    Units,
    /// Length-prefixed strings, referenced by byte offset.
    Strings,
    /// Lists of `u32` (children, successors, postings).
    Lists,
    /// Lineage edges ([`EDGE_SIZE`] bytes each).
    Edges,
    /// Alias records ([`ALIAS_SIZE`] bytes each).
    Aliases,
    /// The FST of name keys.
    FstKey,
    /// The FST of folded names.
    FstFold,
    /// The FST of unit codes.
    FstCode,
    /// The data version, UTF-8.
    Meta,
    /// The hash table of name keys.
    HashKey,
    /// The hash table of folded names.
    HashFold,
    /// The hash table of names as written.
    HashWritten,
}

impl Section {
    /// Its place in the header's table.
    const fn index(self) -> usize {
        self as usize
    }
}
const HASH_EMPTY: u32 = u32::MAX;
const HASH_SINGLE: u32 = 1 << 31;
/// Slot sizes of the hash tables.
const KEY_SLOT: usize = 12;
const FOLD_SLOT: usize = 8;

/// The kind of a lineage edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EdgeKind {
    /// The 2025-07-01 reform (from `lineage_2025.tsv`).
    Reform2025,
    /// A later version of the same code (renamed, retyped or moved), from the dated history or
    /// a change table dated before 2025-07-01.
    Version,
    /// A change after 2025-07-01, from a change table (`units_2026_changes.tsv`: xã -> phường,
    /// tỉnh -> thành phố; or a user's table with a `change` column).
    Change2026,
}

impl EdgeKind {
    pub(crate) fn to_u8(self) -> u8 {
        match self {
            EdgeKind::Reform2025 => 0,
            EdgeKind::Version => 1,
            EdgeKind::Change2026 => 2,
        }
    }

    pub(crate) fn from_u8(b: u8) -> EdgeKind {
        match b {
            1 => EdgeKind::Version,
            2 => EdgeKind::Change2026,
            _ => EdgeKind::Reform2025,
        }
    }
}

/// FNV-1a, 32 bits: the hash of the lookup tables (deterministic across platforms).
pub(crate) fn fnv1a(b: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &x in b {
        h ^= u32::from(x);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}
