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

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use fst::Map;

use crate::date::to_u32;
use crate::error::Error;
use crate::keys::{name_key, Form};
use crate::types::{Level, UnitType};
use crate::Date;

pub(crate) const MAGIC: &[u8; 8] = b"HCGZ\0\0\0\x01";
pub(crate) const FORMAT_VERSION: u32 = 4;
const SECTIONS: usize = 12;
const HEADER_SIZE: usize = 16 + SECTIONS * 8;
pub(crate) const UNIT_SIZE: usize = 48;
const EDGE_SIZE: usize = 16;
const ALIAS_SIZE: usize = 8;
pub(crate) const NONE: u32 = u32::MAX;
const SINGLE: u64 = 1 << 32;

pub(crate) const FLAG_FROM_UPPER_BOUND: u16 = 1;
pub(crate) const FLAG_CHANGED: u16 = 2;
pub(crate) const FLAG_ABOLISHED: u16 = 4;

/// Section indices.
const S_UNITS: usize = 0;
const S_STRINGS: usize = 1;
const S_LISTS: usize = 2;
const S_EDGES: usize = 3;
const S_ALIASES: usize = 4;
const S_FST_KEY: usize = 5;
const S_FST_FOLD: usize = 6;
const S_FST_CODE: usize = 7;
const S_META: usize = 8;
const S_HASH_KEY: usize = 9;
const S_HASH_FOLD: usize = 10;
const S_HASH_WRITTEN: usize = 11;
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

/// One unit of the resolved model that the writer serializes.
#[derive(Debug, Clone)]
pub(crate) struct MUnit {
    pub(crate) code: String,
    pub(crate) name: String,
    pub(crate) level: Level,
    pub(crate) utype: UnitType,
    pub(crate) flags: u16,
    pub(crate) parent: Option<u32>,
    pub(crate) province: Option<u32>,
    pub(crate) from: Option<Date>,
    pub(crate) to: Option<Date>,
    pub(crate) variants: Vec<String>,
    pub(crate) note: Option<String>,
    pub(crate) successors: Vec<u32>,
    pub(crate) predecessors: Vec<u32>,
    pub(crate) children: Vec<u32>,
}

/// One lineage edge of the model.
#[derive(Debug, Clone)]
pub(crate) struct MEdge {
    pub(crate) from: u32,
    pub(crate) to: u32,
    pub(crate) partial: bool,
    pub(crate) kind: EdgeKind,
    pub(crate) note: String,
}

/// The resolved model: what `Builder::build` produces and the writer serializes.
#[derive(Debug, Clone, Default)]
pub(crate) struct Model {
    pub(crate) units: Vec<MUnit>,
    pub(crate) edges: Vec<MEdge>,
    pub(crate) aliases: Vec<(String, u32)>,
    pub(crate) data_version: String,
}

struct Writer {
    strings: Vec<u8>,
    string_ids: HashMap<String, u32>,
    lists: Vec<u32>,
}

impl Writer {
    fn string(&mut self, s: &str) -> u32 {
        if s.is_empty() {
            return 0;
        }
        if let Some(&id) = self.string_ids.get(s) {
            return id;
        }
        let id = self.strings.len() as u32;
        // Names are short; longer strings are cut at a char boundary (never happens in the data).
        let mut end = s.len().min(u16::MAX as usize);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        let t = s.get(..end).unwrap_or("");
        self.strings
            .extend_from_slice(&(t.len() as u16).to_le_bytes());
        self.strings.extend_from_slice(t.as_bytes());
        self.string_ids.insert(s.to_string(), id);
        id
    }

    fn list(&mut self, items: &[u32]) -> u32 {
        if items.is_empty() {
            return 0;
        }
        let id = self.lists.len() as u32;
        self.lists.push(items.len() as u32);
        self.lists.extend_from_slice(items);
        id
    }

    fn postings(&mut self, ids: &[u32]) -> u64 {
        match ids {
            [one] => SINGLE + u64::from(*one),
            _ => u64::from(self.list(ids)),
        }
    }
}

fn push_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn opt(v: Option<u32>) -> u32 {
    v.unwrap_or(NONE)
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

/// The hash-table form of a postings value.
fn hash_post(v: u64) -> u32 {
    if v >= SINGLE {
        HASH_SINGLE | (v - SINGLE) as u32
    } else {
        v as u32
    }
}

/// Which hash table to build beside an FST.
enum Table<'a> {
    None,
    /// 8-byte slots: key, postings.
    Plain,
    /// 12-byte slots: key, postings, and the postings of the key's fold in this fold map.
    WithFold(&'a HashMap<String, u64>),
}

/// FST bytes, hash-table bytes, the postings value of every key, and the slot index of every
/// key string in the table.
type Built = (Vec<u8>, Vec<u8>, HashMap<String, u64>, HashMap<u32, u32>);

/// Builds an FST map and the matching hash table.
fn fst_bytes(
    map: BTreeMap<String, Vec<u32>>,
    w: &mut Writer,
    table: Table<'_>,
) -> Result<Built, Error> {
    let mut b = fst::MapBuilder::memory();
    let mut entries: Vec<(u32, u32, u32)> = Vec::new();
    let mut hashes: Vec<u32> = Vec::new();
    let mut values: HashMap<String, u64> = HashMap::new();
    for (k, mut ids) in map {
        ids.sort_unstable();
        ids.dedup();
        let v = w.postings(&ids);
        b.insert(k.as_bytes(), v)
            .map_err(|e| Error::format(0, format!("building the FST: {e}")))?;
        match table {
            Table::None => {}
            Table::Plain => {
                entries.push((w.string(&k), hash_post(v), 0));
                hashes.push(fnv1a(k.as_bytes()));
            }
            Table::WithFold(folds) => {
                let f = hanhchinh_text::fold(&k);
                let fv = folds.get(f.as_ref()).map_or(0, |&fv| hash_post(fv));
                entries.push((w.string(&k), hash_post(v), fv));
                hashes.push(fnv1a(k.as_bytes()));
            }
        }
        values.insert(k, v);
    }
    let slot = match table {
        Table::None => 0,
        Table::Plain => FOLD_SLOT,
        Table::WithFold(_) => KEY_SLOT,
    };
    let fst = b
        .into_inner()
        .map_err(|e| Error::format(0, format!("building the FST: {e}")))?;
    if slot == 0 {
        return Ok((fst, Vec::new(), values, HashMap::new()));
    }
    let cap = (entries.len() * 2).max(16).next_power_of_two();
    let mask = cap - 1;
    let mut slots = vec![(HASH_EMPTY, 0u32, 0u32); cap];
    let mut placed: HashMap<u32, u32> = HashMap::new();
    for (entry, h) in entries.into_iter().zip(hashes) {
        let mut i = h as usize & mask;
        while slots.get(i).is_some_and(|s| s.0 != HASH_EMPTY) {
            i = (i + 1) & mask;
        }
        if let Some(s) = slots.get_mut(i) {
            *s = entry;
            placed.insert(entry.0, i as u32);
        }
    }
    let mut out = Vec::with_capacity(4 + cap * slot);
    push_u32(&mut out, cap as u32);
    for (a, b, c) in slots {
        push_u32(&mut out, a);
        push_u32(&mut out, b);
        if slot == KEY_SLOT {
            push_u32(&mut out, c);
        }
    }
    Ok((fst, out, values, placed))
}

/// The table of names as written: (name, slot of its key) for every plain name whose key is
/// in the key table.
fn written_table(
    names: &BTreeMap<String, String>,
    w: &mut Writer,
    placed: &HashMap<u32, u32>,
) -> Vec<u8> {
    let mut entries: Vec<(u32, u32, u32)> = Vec::new();
    for (name, key) in names {
        let Some(&slot) = w.string_ids.get(key.as_str()).and_then(|r| placed.get(r)) else {
            continue;
        };
        entries.push((w.string(name), slot, fnv1a(name.as_bytes())));
    }
    let cap = (entries.len() * 2).max(16).next_power_of_two();
    let mask = cap - 1;
    let mut slots = vec![(HASH_EMPTY, 0u32); cap];
    for (sref, slot, h) in entries {
        let mut i = h as usize & mask;
        while slots.get(i).is_some_and(|s| s.0 != HASH_EMPTY) {
            i = (i + 1) & mask;
        }
        if let Some(s) = slots.get_mut(i) {
            *s = (sref, slot);
        }
    }
    let mut out = Vec::with_capacity(4 + cap * 8);
    push_u32(&mut out, cap as u32);
    for (a, b) in slots {
        push_u32(&mut out, a);
        push_u32(&mut out, b);
    }
    out
}

/// Serializes a model. Deterministic: the same model gives the same bytes.
pub(crate) fn write(model: &Model) -> Result<Vec<u8>, Error> {
    let mut w = Writer {
        strings: vec![0, 0],
        string_ids: HashMap::new(),
        lists: vec![0],
    };
    // Keys.
    let mut by_key: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let mut by_fold: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let mut by_code: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    // Plain names as written -> the key a lookup computes for them.
    let mut written: BTreeMap<String, String> = BTreeMap::new();
    let mut add_name = |name: &str, id: u32| {
        if crate::lookup::is_plain_name(name) {
            written.insert(name.to_string(), hanhchinh_text::key(name).into_owned());
        }
        let k = name_key(name, Form::Key);
        if !k.is_empty() {
            by_key.entry(k).or_default().push(id);
        }
        let f = name_key(name, Form::Fold);
        if !f.is_empty() {
            by_fold.entry(f).or_default().push(id);
        }
    };
    for (i, u) in model.units.iter().enumerate() {
        let id = i as u32;
        add_name(&u.name, id);
        for v in &u.variants {
            add_name(v, id);
        }
        by_code.entry(u.code.clone()).or_default().push(id);
    }
    for (alias, id) in &model.aliases {
        add_name(alias, *id);
    }
    let (fst_fold, hash_fold, fold_values, _) = fst_bytes(by_fold, &mut w, Table::Plain)?;
    let (fst_key, hash_key, _, placed) = fst_bytes(by_key, &mut w, Table::WithFold(&fold_values))?;
    let (fst_code, _, _, _) = fst_bytes(by_code, &mut w, Table::None)?;
    let hash_written = written_table(&written, &mut w, &placed);

    let mut units = Vec::with_capacity(model.units.len() * UNIT_SIZE);
    for u in &model.units {
        let code = w.string(&u.code);
        let name = w.string(&u.name);
        let variants: Vec<u32> = u.variants.iter().map(|v| w.string(v)).collect();
        let variants = w.list(&variants);
        let succ = w.list(&u.successors);
        let pred = w.list(&u.predecessors);
        let children = w.list(&u.children);
        let note = match &u.note {
            Some(n) => w.string(n),
            None => NONE,
        };
        push_u32(&mut units, code);
        push_u32(&mut units, name);
        units.push(crate::types::Compact::to_u8(u.level));
        units.push(crate::types::Compact::to_u8(u.utype));
        units.extend_from_slice(&u.flags.to_le_bytes());
        push_u32(&mut units, opt(u.parent));
        push_u32(&mut units, opt(u.province));
        push_u32(&mut units, u.from.map_or(0, to_u32));
        push_u32(&mut units, u.to.map_or(0, to_u32));
        push_u32(&mut units, variants);
        push_u32(&mut units, succ);
        push_u32(&mut units, pred);
        push_u32(&mut units, children);
        push_u32(&mut units, note);
    }
    let mut edges = Vec::with_capacity(model.edges.len() * EDGE_SIZE);
    for e in &model.edges {
        let note = w.string(&e.note);
        push_u32(&mut edges, e.from);
        push_u32(&mut edges, e.to);
        push_u32(&mut edges, note);
        push_u32(
            &mut edges,
            u32::from(e.partial) | (u32::from(e.kind.to_u8()) << 8),
        );
    }
    let mut aliases = Vec::with_capacity(model.aliases.len() * ALIAS_SIZE);
    for (a, id) in &model.aliases {
        let s = w.string(a);
        push_u32(&mut aliases, s);
        push_u32(&mut aliases, *id);
    }
    let lists: Vec<u8> = w.lists.iter().flat_map(|v| v.to_le_bytes()).collect();
    let sections: [&[u8]; SECTIONS] = [
        &units,
        &w.strings,
        &lists,
        &edges,
        &aliases,
        &fst_key,
        &fst_fold,
        &fst_code,
        model.data_version.as_bytes(),
        &hash_key,
        &hash_fold,
        &hash_written,
    ];
    let total: usize = HEADER_SIZE + sections.iter().map(|s| s.len()).sum::<usize>();
    let mut out = Vec::with_capacity(total);
    out.extend_from_slice(MAGIC);
    push_u32(&mut out, FORMAT_VERSION);
    push_u32(&mut out, model.units.len() as u32);
    let mut off = HEADER_SIZE;
    for s in &sections {
        push_u32(&mut out, off as u32);
        push_u32(&mut out, s.len() as u32);
        off += s.len();
    }
    for s in &sections {
        out.extend_from_slice(s);
    }
    Ok(out)
}

/// The bytes a gazetteer reads from: static (embedded) or shared owned.
#[derive(Clone, Debug)]
pub(crate) enum Buf {
    Static(&'static [u8]),
    Owned(Arc<[u8]>),
}

impl AsRef<[u8]> for Buf {
    fn as_ref(&self) -> &[u8] {
        match self {
            Buf::Static(b) => b,
            Buf::Owned(b) => b,
        }
    }
}

/// A sub-slice of a [`Buf`], so that `fst::Map` can read in place.
#[derive(Clone, Debug)]
pub(crate) struct Slice {
    buf: Buf,
    start: usize,
    end: usize,
}

impl AsRef<[u8]> for Slice {
    fn as_ref(&self) -> &[u8] {
        self.buf.as_ref().get(self.start..self.end).unwrap_or(&[])
    }
}

/// A loaded compiled gazetteer: section bounds and the three FSTs.
#[derive(Clone, Debug)]
pub(crate) struct Data {
    buf: Buf,
    sections: [(usize, usize); SECTIONS],
    pub(crate) unit_count: u32,
    pub(crate) fst_key: Option<Map<Slice>>,
    pub(crate) fst_fold: Option<Map<Slice>>,
    pub(crate) fst_code: Option<Map<Slice>>,
}

fn read_u32(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([
        *s.first()?,
        *s.get(1)?,
        *s.get(2)?,
        *s.get(3)?,
    ]))
}

/// The FST postings form of a hash-table postings value.
fn from_hash_post(post: u32) -> u64 {
    if post & HASH_SINGLE != 0 {
        SINGLE + u64::from(post & !HASH_SINGLE)
    } else {
        u64::from(post)
    }
}

fn read_u16(b: &[u8], at: usize) -> Option<u16> {
    let s = b.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([*s.first()?, *s.get(1)?]))
}

/// A raw unit record.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RawUnit {
    pub(crate) code: u32,
    pub(crate) name: u32,
    pub(crate) level: u8,
    pub(crate) utype: u8,
    pub(crate) flags: u16,
    pub(crate) parent: u32,
    pub(crate) province: u32,
    pub(crate) from: u32,
    pub(crate) to: u32,
    pub(crate) variants: u32,
    pub(crate) successors: u32,
    pub(crate) predecessors: u32,
    pub(crate) children: u32,
    pub(crate) note: u32,
}

/// A raw edge record.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RawEdge {
    pub(crate) from: u32,
    pub(crate) to: u32,
    pub(crate) note: u32,
    pub(crate) flags: u32,
}

impl Data {
    /// Opens compiled bytes, checking the header, the section bounds and the FST headers.
    pub(crate) fn open(buf: Buf) -> Result<Data, Error> {
        let b = buf.as_ref();
        if b.get(..8) != Some(MAGIC.as_slice()) {
            return Err(Error::format(0, "not a hanhchinh gazetteer (bad magic)"));
        }
        let version = read_u32(b, 8).ok_or_else(|| Error::format(8, "truncated header"))?;
        if version != FORMAT_VERSION {
            return Err(Error::format(
                8,
                format!("format version {version}, this library reads {FORMAT_VERSION}"),
            ));
        }
        let unit_count = read_u32(b, 12).ok_or_else(|| Error::format(12, "truncated header"))?;
        let mut sections = [(0usize, 0usize); SECTIONS];
        for (i, s) in sections.iter_mut().enumerate() {
            let at = 16 + i * 8;
            let off = read_u32(b, at).ok_or_else(|| Error::format(at, "truncated header"))?;
            let len = read_u32(b, at + 4).ok_or_else(|| Error::format(at, "truncated header"))?;
            let (off, len) = (off as usize, len as usize);
            match off.checked_add(len) {
                Some(e) if e <= b.len() => {}
                _ => return Err(Error::format(at, format!("section {i} out of bounds"))),
            }
            *s = (off, off + len);
        }
        let (us, ue) = sections.get(S_UNITS).copied().unwrap_or((0, 0));
        if (ue - us) != unit_count as usize * UNIT_SIZE {
            return Err(Error::format(
                us,
                "unit table size does not match the unit count",
            ));
        }
        let open = |i: usize| -> Result<Map<Slice>, Error> {
            let (start, end) = sections.get(i).copied().unwrap_or((0, 0));
            Map::new(Slice {
                buf: buf.clone(),
                start,
                end,
            })
            .map_err(|e| Error::format(start, format!("bad FST: {e}")))
        };
        let fst_key = open(S_FST_KEY)?;
        let fst_fold = open(S_FST_FOLD)?;
        let fst_code = open(S_FST_CODE)?;
        if let Buf::Owned(_) = buf {
            // Bytes from outside: check the FST checksums (about 0.3 ms for the default size).
            for (i, m) in [
                (S_FST_KEY, &fst_key),
                (S_FST_FOLD, &fst_fold),
                (S_FST_CODE, &fst_code),
            ] {
                if let Err(e) = m.as_fst().verify() {
                    let at = sections.get(i).map_or(0, |s| s.0);
                    return Err(Error::format(at, format!("bad FST: {e}")));
                }
            }
        }
        Ok(Data {
            buf,
            sections,
            unit_count,
            fst_key: Some(fst_key),
            fst_fold: Some(fst_fold),
            fst_code: Some(fst_code),
        })
    }

    /// A gazetteer with nothing in it.
    pub(crate) fn empty() -> Data {
        Data {
            buf: Buf::Static(&[]),
            sections: [(0, 0); SECTIONS],
            unit_count: 0,
            fst_key: None,
            fst_fold: None,
            fst_code: None,
        }
    }

    pub(crate) fn key_get(&self, k: &[u8]) -> Option<u64> {
        self.hash_get(S_HASH_KEY, KEY_SLOT, k).map(|s| s.0)
    }

    /// The postings of a canonical key and those of its fold (`None` when the fold names
    /// nothing), in FST postings form.
    pub(crate) fn key_get_with_fold(&self, k: &[u8]) -> Option<(u64, Option<u64>)> {
        let (post, at) = self.hash_get(S_HASH_KEY, KEY_SLOT, k)?;
        let f = read_u32(self.section(S_HASH_KEY), at + 8)?;
        Some((post, (f != 0).then(|| from_hash_post(f))))
    }

    /// [`Data::key_get_with_fold`] for a plain name spelt exactly as in the tables (`None` for
    /// any other spelling).
    pub(crate) fn written_get(&self, name: &[u8]) -> Option<(u64, Option<u64>)> {
        let (slot, _) = self.hash_get(S_HASH_WRITTEN, 8, name)?;
        let at = 4 + usize::try_from(slot).ok()?.checked_mul(KEY_SLOT)?;
        let t = self.section(S_HASH_KEY);
        let post = read_u32(t, at + 4)?;
        let f = read_u32(t, at + 8)?;
        Some((from_hash_post(post), (f != 0).then(|| from_hash_post(f))))
    }

    pub(crate) fn fold_get(&self, k: &[u8]) -> Option<u64> {
        self.hash_get(S_HASH_FOLD, FOLD_SLOT, k).map(|s| s.0)
    }

    /// Exact lookup in a hash table section: the value in FST postings form and the byte
    /// offset of the slot.
    fn hash_get(&self, section: usize, slot: usize, k: &[u8]) -> Option<(u64, usize)> {
        let t = self.section(section);
        let cap = read_u32(t, 0)? as usize;
        if cap == 0 || !cap.is_power_of_two() {
            return None;
        }
        let mask = cap - 1;
        let strings = self.section(S_STRINGS);
        let mut i = fnv1a(k) as usize & mask;
        for _ in 0..cap {
            let at = 4 + i * slot;
            let sref = read_u32(t, at)?;
            if sref == HASH_EMPTY {
                return None;
            }
            let r = sref as usize;
            let len = read_u16(strings, r)? as usize;
            if strings.get(r + 2..r + 2 + len) == Some(k) {
                return Some((from_hash_post(read_u32(t, at + 4)?), at));
            }
            i = (i + 1) & mask;
        }
        None
    }

    pub(crate) fn fst_code_get(&self, k: &[u8]) -> Option<u64> {
        self.fst_code.as_ref()?.get(k)
    }

    fn section(&self, i: usize) -> &[u8] {
        let (s, e) = self.sections.get(i).copied().unwrap_or((0, 0));
        self.buf.as_ref().get(s..e).unwrap_or(&[])
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        self.buf.as_ref()
    }

    pub(crate) fn data_version(&self) -> &str {
        std::str::from_utf8(self.section(S_META)).unwrap_or("")
    }

    pub(crate) fn unit(&self, id: u32) -> Option<RawUnit> {
        let b = self.section(S_UNITS);
        let at = (id as usize).checked_mul(UNIT_SIZE)?;
        let r = b.get(at..at + UNIT_SIZE)?;
        Some(RawUnit {
            code: read_u32(r, 0)?,
            name: read_u32(r, 4)?,
            level: *r.get(8)?,
            utype: *r.get(9)?,
            flags: read_u16(r, 10)?,
            parent: read_u32(r, 12)?,
            province: read_u32(r, 16)?,
            from: read_u32(r, 20)?,
            to: read_u32(r, 24)?,
            variants: read_u32(r, 28)?,
            successors: read_u32(r, 32)?,
            predecessors: read_u32(r, 36)?,
            children: read_u32(r, 40)?,
            note: read_u32(r, 44)?,
        })
    }

    pub(crate) fn edge(&self, id: u32) -> Option<RawEdge> {
        let b = self.section(S_EDGES);
        let at = (id as usize).checked_mul(EDGE_SIZE)?;
        let r = b.get(at..at + EDGE_SIZE)?;
        Some(RawEdge {
            from: read_u32(r, 0)?,
            to: read_u32(r, 4)?,
            note: read_u32(r, 8)?,
            flags: read_u32(r, 12)?,
        })
    }

    pub(crate) fn edge_count(&self) -> u32 {
        (self.section(S_EDGES).len() / EDGE_SIZE) as u32
    }

    pub(crate) fn alias(&self, i: u32) -> Option<(&str, u32)> {
        let b = self.section(S_ALIASES);
        let at = (i as usize).checked_mul(ALIAS_SIZE)?;
        Some((self.string(read_u32(b, at)?), read_u32(b, at + 4)?))
    }

    pub(crate) fn alias_count(&self) -> u32 {
        (self.section(S_ALIASES).len() / ALIAS_SIZE) as u32
    }

    /// The string at a reference ("" when out of bounds or [`NONE`]).
    pub(crate) fn string(&self, r: u32) -> &str {
        let b = self.section(S_STRINGS);
        let at = r as usize;
        let Some(len) = read_u16(b, at) else {
            return "";
        };
        b.get(at + 2..at + 2 + len as usize)
            .and_then(|s| std::str::from_utf8(s).ok())
            .unwrap_or("")
    }

    /// The items of a list reference.
    pub(crate) fn list(&self, r: u32) -> ListIter<'_> {
        let b = self.section(S_LISTS);
        let at = r as usize * 4;
        let n = read_u32(b, at).unwrap_or(0);
        ListIter {
            b,
            at: at + 4,
            left: n,
        }
    }

    /// Number of unit ids of a postings value.
    pub(crate) fn postings_len(&self, v: u64) -> usize {
        if v >= SINGLE {
            1
        } else {
            read_u32(self.section(S_LISTS), v as usize * 4).unwrap_or(0) as usize
        }
    }

    /// Unit ids of a postings value.
    pub(crate) fn postings(&self, v: u64) -> Postings<'_> {
        if v >= SINGLE {
            Postings::One(Some((v - SINGLE) as u32))
        } else {
            Postings::Many(self.list(v as u32))
        }
    }
}

/// Iterator over the u32 items of a list.
#[derive(Debug, Clone)]
pub(crate) struct ListIter<'a> {
    b: &'a [u8],
    at: usize,
    left: u32,
}

impl Iterator for ListIter<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let v = read_u32(self.b, self.at)?;
        self.at += 4;
        Some(v)
    }
}

/// Unit ids of one FST value.
#[derive(Debug, Clone)]
pub(crate) enum Postings<'a> {
    One(Option<u32>),
    Many(ListIter<'a>),
}

impl Iterator for Postings<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        match self {
            Postings::One(o) => o.take(),
            Postings::Many(l) => l.next(),
        }
    }
}
