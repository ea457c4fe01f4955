//! Serializing the resolved model into the compiled bytes.

use std::collections::{BTreeMap, HashMap};

use crate::date::to_u32;
use crate::error::Error;
use crate::keys::{name_key, Form};
use crate::types::{Level, UnitType};
use crate::Date;

use super::{
    fnv1a, EdgeKind, ALIAS_SIZE, EDGE_SIZE, FOLD_SLOT, FORMAT_VERSION, HASH_EMPTY, HASH_SINGLE,
    HEADER_SIZE, KEY_SLOT, MAGIC, NONE, SECTIONS, SINGLE, UNIT_SIZE,
};

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
    // In the order of `Section`.
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
