//! Reading the compiled bytes in place: bounds checked once when opened, every accessor reads
//! with `get`.

use std::sync::Arc;

use fst::Map;

use crate::error::Error;

use super::{
    fnv1a, Section, ALIAS_SIZE, EDGE_SIZE, FOLD_SLOT, FORMAT_VERSION, HASH_EMPTY, HASH_SINGLE,
    KEY_SLOT, MAGIC, SECTIONS, SINGLE, UNIT_SIZE,
};

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

/// An FST map of `entries` (`None` when a key repeats).
fn build_map(mut entries: Vec<(&[u8], u64)>) -> Option<Vec<u8>> {
    entries.sort_unstable();
    let mut b = fst::MapBuilder::memory();
    for (k, v) in entries {
        b.insert(k, v).ok()?;
    }
    b.into_inner().ok()
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
        let (us, ue) = sections
            .get(Section::Units.index())
            .copied()
            .unwrap_or((0, 0));
        if Some(ue - us) != (unit_count as usize).checked_mul(UNIT_SIZE) {
            return Err(Error::format(
                us,
                "unit table size does not match the unit count",
            ));
        }
        let open = |i: Section| -> Result<Map<Slice>, Error> {
            let (start, end) = sections.get(i.index()).copied().unwrap_or((0, 0));
            Map::new(Slice {
                buf: buf.clone(),
                start,
                end,
            })
            .map_err(|e| Error::format(start, format!("bad FST: {e}")))
        };
        let fst_key = open(Section::FstKey)?;
        let fst_fold = open(Section::FstFold)?;
        let fst_code = open(Section::FstCode)?;
        let external = matches!(buf, Buf::Owned(_));
        let mut data = Data {
            buf,
            sections,
            unit_count,
            fst_key: Some(fst_key),
            fst_fold: Some(fst_fold),
            fst_code: Some(fst_code),
        };
        if external {
            data.check_fsts()?;
        }
        Ok(data)
    }

    /// Bytes from outside: the FSTs are never walked as found. A checksum does not protect a
    /// reader from a crafted file (it can be made to match bad nodes), and the `fst` crate
    /// trusts the nodes it walks; so the key and fold FSTs must be, byte for byte, the ones the
    /// builder makes of the file's own hash tables, and the code FST is made anew from the unit
    /// codes (its postings name lists of the file, which a reader may pick among equals). Costs
    /// a rebuild of the three maps when a file is loaded; the embedded data, compiled in and
    /// tested, is not checked.
    fn check_fsts(&mut self) -> Result<(), Error> {
        for (i, slot) in [(Section::FstKey, KEY_SLOT), (Section::FstFold, FOLD_SLOT)] {
            let hash = if i == Section::FstKey {
                Section::HashKey
            } else {
                Section::HashFold
            };
            let built = self
                .hash_entries(hash, slot)
                .and_then(build_map)
                .ok_or_else(|| self.fst_mismatch(i))?;
            if built != self.section(i) {
                return Err(self.fst_mismatch(i));
            }
        }
        let code = self
            .code_entries()
            .and_then(build_map)
            .ok_or_else(|| self.fst_mismatch(Section::FstCode))?;
        let len = code.len();
        let map = Map::new(Slice {
            buf: Buf::Owned(code.into()),
            start: 0,
            end: len,
        })
        .map_err(|_| self.fst_mismatch(Section::FstCode))?;
        self.fst_code = Some(map);
        Ok(())
    }

    fn fst_mismatch(&self, i: Section) -> Error {
        Error::format(
            self.sections.get(i.index()).map_or(0, |s| s.0),
            format!(
                "FST section {} does not match the tables of the file (damaged, or not written \
                 by `gazetteer build`)",
                i.index()
            ),
        )
    }

    /// The keys of a hash-table section with their postings (`None` when a slot points outside
    /// the strings).
    fn hash_entries(&self, section: Section, slot: usize) -> Option<Vec<(&[u8], u64)>> {
        let t = self.section(section);
        let cap = read_u32(t, 0)? as usize;
        let slots = cap.min(t.len().saturating_sub(4) / slot);
        let mut out = Vec::new();
        for i in 0..slots {
            let at = 4 + i * slot;
            let sref = read_u32(t, at)?;
            if sref == HASH_EMPTY {
                continue;
            }
            out.push((
                self.string_bytes(sref)?,
                from_hash_post(read_u32(t, at + 4)?),
            ));
        }
        Some(out)
    }

    /// Every unit code with its postings: the unit's id when one unit has the code, else the
    /// list of the lists section that holds exactly its ids (`None` when there is none).
    fn code_entries(&self) -> Option<Vec<(&[u8], u64)>> {
        let mut by_code: std::collections::BTreeMap<&[u8], Vec<u32>> = Default::default();
        for id in 0..self.unit_count {
            by_code
                .entry(self.string_bytes(self.unit(id)?.code)?)
                .or_default()
                .push(id);
        }
        // Lists of several ids, found by their content in the lists section (a sequence of
        // counted lists from item 1).
        let mut wanted: std::collections::HashMap<&[u32], Option<u32>> = by_code
            .values()
            .filter(|ids| ids.len() > 1)
            .map(|ids| (ids.as_slice(), None))
            .collect();
        if !wanted.is_empty() {
            let l = self.section(Section::Lists);
            let items: Vec<u32> = (0..l.len() / 4)
                .filter_map(|k| read_u32(l, k * 4))
                .collect();
            let mut k = 1usize;
            while let Some(&n) = items.get(k) {
                let end = k.saturating_add(1).saturating_add(n as usize);
                if let (Some(ids), Ok(r)) = (items.get(k + 1..end), u32::try_from(k)) {
                    if let Some(slot) = wanted.get_mut(ids) {
                        slot.get_or_insert(r);
                    }
                }
                k = end;
            }
        }
        by_code
            .iter()
            .map(|(code, ids)| match ids.as_slice() {
                [one] => Some((*code, SINGLE + u64::from(*one))),
                many => wanted
                    .get(many)
                    .copied()
                    .flatten()
                    .map(|r| (*code, u64::from(r))),
            })
            .collect()
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
        self.hash_get(Section::HashKey, KEY_SLOT, k).map(|s| s.0)
    }

    /// The postings of a canonical key and those of its fold (`None` when the fold names
    /// nothing), in FST postings form.
    pub(crate) fn key_get_with_fold(&self, k: &[u8]) -> Option<(u64, Option<u64>)> {
        let (post, at) = self.hash_get(Section::HashKey, KEY_SLOT, k)?;
        let f = read_u32(self.section(Section::HashKey), at + 8)?;
        Some((post, (f != 0).then(|| from_hash_post(f))))
    }

    /// [`Data::key_get_with_fold`] for a plain name spelt exactly as in the tables (`None` for
    /// any other spelling).
    pub(crate) fn written_get(&self, name: &[u8]) -> Option<(u64, Option<u64>)> {
        let (slot, _) = self.hash_get(Section::HashWritten, 8, name)?;
        let at = 4 + usize::try_from(slot).ok()?.checked_mul(KEY_SLOT)?;
        let t = self.section(Section::HashKey);
        let post = read_u32(t, at + 4)?;
        let f = read_u32(t, at + 8)?;
        Some((from_hash_post(post), (f != 0).then(|| from_hash_post(f))))
    }

    pub(crate) fn fold_get(&self, k: &[u8]) -> Option<u64> {
        self.hash_get(Section::HashFold, FOLD_SLOT, k).map(|s| s.0)
    }

    /// Exact lookup in a hash table section: the value in FST postings form and the byte
    /// offset of the slot.
    fn hash_get(&self, section: Section, slot: usize, k: &[u8]) -> Option<(u64, usize)> {
        let t = self.section(section);
        let cap = read_u32(t, 0)? as usize;
        if cap == 0 || !cap.is_power_of_two() {
            return None;
        }
        let mask = cap - 1;
        let strings = self.section(Section::Strings);
        let mut i = fnv1a(k) as usize & mask;
        // At most one probe per slot that the section holds (a table without an empty slot
        // ends when the probes wrap; a capacity beyond the section when they leave it).
        for _ in 0..cap.min(t.len() / slot.max(1)) {
            let at = i.checked_mul(slot)?.checked_add(4)?;
            let sref = read_u32(t, at)?;
            if sref == HASH_EMPTY {
                return None;
            }
            let r = sref as usize;
            let len = read_u16(strings, r)? as usize;
            let start = r.checked_add(2)?;
            if strings.get(start..start.checked_add(len)?) == Some(k) {
                return Some((from_hash_post(read_u32(t, at + 4)?), at));
            }
            i = (i + 1) & mask;
        }
        None
    }

    pub(crate) fn fst_code_get(&self, k: &[u8]) -> Option<u64> {
        self.fst_code.as_ref()?.get(k)
    }

    fn section(&self, i: Section) -> &[u8] {
        let (s, e) = self.sections.get(i.index()).copied().unwrap_or((0, 0));
        self.buf.as_ref().get(s..e).unwrap_or(&[])
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        self.buf.as_ref()
    }

    pub(crate) fn data_version(&self) -> &str {
        std::str::from_utf8(self.section(Section::Meta)).unwrap_or("")
    }

    /// Record `i` of a section of fixed-size records.
    #[inline]
    fn record(&self, section: Section, size: usize, i: u32) -> Option<&[u8]> {
        let at = (i as usize).checked_mul(size)?;
        self.section(section).get(at..at.checked_add(size)?)
    }

    pub(crate) fn unit(&self, id: u32) -> Option<RawUnit> {
        let r = self.record(Section::Units, UNIT_SIZE, id)?;
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

    /// The level, code and parent of a unit, without decoding the rest (walking ancestors).
    pub(crate) fn unit_link(&self, id: u32) -> Option<(u8, u32, u32)> {
        if id >= self.unit_count {
            return None;
        }
        let r = self.record(Section::Units, UNIT_SIZE, id)?;
        Some((*r.get(8)?, read_u32(r, 0)?, read_u32(r, 12)?))
    }

    pub(crate) fn edge(&self, id: u32) -> Option<RawEdge> {
        let r = self.record(Section::Edges, EDGE_SIZE, id)?;
        Some(RawEdge {
            from: read_u32(r, 0)?,
            to: read_u32(r, 4)?,
            note: read_u32(r, 8)?,
            flags: read_u32(r, 12)?,
        })
    }

    pub(crate) fn edge_count(&self) -> u32 {
        (self.section(Section::Edges).len() / EDGE_SIZE) as u32
    }

    pub(crate) fn alias(&self, i: u32) -> Option<(&str, u32)> {
        let b = self.section(Section::Aliases);
        let at = (i as usize).checked_mul(ALIAS_SIZE)?;
        Some((
            self.string(read_u32(b, at)?),
            read_u32(b, at.checked_add(4)?)?,
        ))
    }

    pub(crate) fn alias_count(&self) -> u32 {
        (self.section(Section::Aliases).len() / ALIAS_SIZE) as u32
    }

    /// The bytes of the string at a reference (`None` when out of bounds).
    fn string_bytes(&self, r: u32) -> Option<&[u8]> {
        let b = self.section(Section::Strings);
        let at = r as usize;
        let len = read_u16(b, at)? as usize;
        let start = at.checked_add(2)?;
        b.get(start..start.checked_add(len)?)
    }

    /// The string at a reference ("" when out of bounds or `NONE`).
    pub(crate) fn string(&self, r: u32) -> &str {
        let b = self.section(Section::Strings);
        let at = r as usize;
        let Some(len) = read_u16(b, at) else {
            return "";
        };
        let start = at.saturating_add(2);
        b.get(start..start.saturating_add(len as usize))
            .and_then(|s| std::str::from_utf8(s).ok())
            .unwrap_or("")
    }

    /// The items of a list reference.
    pub(crate) fn list(&self, r: u32) -> ListIter<'_> {
        let b = self.section(Section::Lists);
        let at = (r as usize).saturating_mul(4);
        ListIter {
            b,
            at: at.saturating_add(4),
            left: self.list_len(at),
        }
    }

    /// The length of the list whose count is at byte `at` of the lists section: the count
    /// stored there, but no more items than the section holds after it (a count read from the
    /// bytes never sizes anything beyond the bytes).
    fn list_len(&self, at: usize) -> u32 {
        let b = self.section(Section::Lists);
        let n = read_u32(b, at).unwrap_or(0);
        let left = b.len().saturating_sub(at.saturating_add(4)) / 4;
        n.min(u32::try_from(left).unwrap_or(u32::MAX))
    }

    /// Number of unit ids of a postings value (at most what the lists section holds).
    pub(crate) fn postings_len(&self, v: u64) -> usize {
        if v >= SINGLE {
            1
        } else {
            self.list_len((v as usize).saturating_mul(4)) as usize
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
