//! `Gazetteer::from_bytes` on bytes that others built: a clear error or a gazetteer whose every
//! query works, never a panic, and no allocation sized by a count read from the bytes beyond
//! what the bytes hold. The bytes are those of the invented sample of
//! `tests/data/official-sample/`, damaged on purpose.
#![cfg(test)]

use std::path::Path;

use hanhchinh_gazetteer::{Gazetteer, Hints};
use jiff::civil::date;

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/official-sample");
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../fuzz/seeds/gazetteer_load/official-sample.bin"
);

/// The section table: (offset, length) of the 12 sections after the 16-byte header start.
const SECTIONS: usize = 12;
const S_LISTS: usize = 2;
const S_HASH_KEY: usize = 9;

fn sample() -> Vec<u8> {
    Gazetteer::builder()
        .add_official_dir(Path::new(SAMPLE))
        .unwrap()
        .compile()
        .unwrap()
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}

fn set_u32(b: &mut [u8], at: usize, v: u32) {
    b[at..at + 4].copy_from_slice(&v.to_le_bytes());
}

fn section(b: &[u8], i: usize) -> (usize, usize) {
    let off = u32_at(b, 16 + i * 8) as usize;
    (off, off + u32_at(b, 20 + i * 8) as usize)
}

/// Every query of the crate on a loaded gazetteer.
fn exercise(g: &Gazetteer) {
    for q in ["Bến Đò", "ben do", "Sông Mây", "SM", "Bến Đòo", "98001"] {
        let _ = g.lookup(q);
        let _ = g.lookup_fuzzy(q);
        let _ = g.resolve(q, &Hints::default());
    }
    for u in g.units() {
        let _ = (u.name(), u.full_name(), u.official_address(), u.note());
        let _ = (u.parent(), u.province(), u.children().count());
        let _ = (u.successors(), u.predecessors(), u.variants().count());
        let _ = g.successors_on(u, date(2026, 10, 1));
    }
    let _ = g.convert("Xã Bến Đò, Huyện Bến Đò, Tỉnh Sông Mây", date(2026, 10, 1));
    let _ = g.find_in("UBND xã Bến Đò, tỉnh Sông Mây");
    let _ = g.data_version();
}

#[test]
fn the_sample_loads_and_answers() {
    let g = Gazetteer::from_bytes(sample()).unwrap();
    assert_eq!(g.len(), 15);
    exercise(&g);
}

/// Every prefix of the file: an error (the sections do not fit), never a panic.
#[test]
fn truncated_files_are_errors() {
    let b = sample();
    for n in 0..b.len() {
        let e = Gazetteer::from_bytes(b[..n].to_vec()).err().unwrap();
        assert!(e.is_format(), "{n}: {e}");
        assert!(e.offset().is_some(), "{n}: {e}");
    }
}

/// List counts are not covered by the FST checksums: a count of 2^32 - 1 must not size a
/// vector (it did: `lookup` reserved room for every unit the count claimed, and aborted), and
/// the lists that the code FST names must be found.
#[test]
fn a_huge_list_count_sizes_nothing() {
    let mut b = sample();
    let (start, end) = section(&b, S_LISTS);
    for at in (start..end).step_by(4) {
        set_u32(&mut b, at, u32::MAX);
    }
    // The code FST is made anew from the unit codes, its postings from the lists: none is left.
    let e = Gazetteer::from_bytes(b).unwrap_err().to_string();
    assert!(e.contains("FST section 7 does not match"), "{e}");
}

/// A hash table whose capacity claims more slots than the section holds, or whose slots are
/// all full: lookups end.
#[test]
fn hash_tables_that_lie_end() {
    let b = sample();
    let (start, end) = section(&b, S_HASH_KEY);
    let mut big = b.clone();
    set_u32(&mut big, start, 1 << 31);
    exercise(&Gazetteer::from_bytes(big).unwrap());
    // Every slot naming one key: the key FST no longer matches the table.
    let mut full = b.clone();
    for at in (start + 4..end).step_by(12) {
        set_u32(&mut full, at, 2);
    }
    let e = Gazetteer::from_bytes(full).unwrap_err().to_string();
    assert!(e.contains("FST section 5 does not match"), "{e}");
}

/// A file whose FST nodes are damaged under a checksum made to match (found by the
/// `gazetteer_load` fuzz target: libFuzzer learns the checksum from the comparison) is an error:
/// the FSTs of a file must be those the builder makes of the file's own tables.
#[test]
fn crafted_fst_nodes_are_errors() {
    let crash = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/fuzz/gazetteer_load-crash-51b0d37d.bin"
    ))
    .unwrap();
    let e = Gazetteer::from_bytes(crash).unwrap_err().to_string();
    assert!(e.contains("does not match the tables"), "{e}");
    // Any byte of the key or fold FST changed, checksum or not: an error, never a walk over
    // the bytes. The code FST of a file is not read at all (it is made anew from the codes).
    let b = sample();
    for i in [5, 6, 7] {
        let (start, end) = section(&b, i);
        for at in (start..end).step_by(7) {
            let mut c = b.clone();
            c[at] ^= 0x5A;
            match Gazetteer::from_bytes(c) {
                Ok(g) if i == 7 => exercise(&g),
                Ok(_) => panic!("section {i} byte {at} loaded"),
                Err(e) => assert!(e.is_format(), "{e}"),
            }
        }
    }
}

/// Unit records pointing anywhere (parents, provinces, names, lists out of range; a parent
/// cycle): every query still ends.
#[test]
fn unit_records_pointing_anywhere() {
    let b = sample();
    let (start, end) = section(&b, 0);
    for v in [0u32, 1, 7, 0x7FFF_FFFF, u32::MAX] {
        let mut c = b.clone();
        for at in (start..end).step_by(4) {
            // Every field but the code (which the code FST is checked against) and the level.
            if !matches!((at - start) % 48, 0 | 8) {
                set_u32(&mut c, at, v);
            }
        }
        exercise(&Gazetteer::from_bytes(c).unwrap());
    }
}

/// Header fields: a unit count that does not fit the unit table, sections out of bounds.
#[test]
fn bad_headers_are_errors() {
    let b = sample();
    let mut c = b.clone();
    set_u32(&mut c, 12, u32::MAX);
    assert!(Gazetteer::from_bytes(c).unwrap_err().is_format());
    for i in 0..SECTIONS {
        let mut c = b.clone();
        set_u32(&mut c, 16 + i * 8, u32::MAX);
        assert!(Gazetteer::from_bytes(c).unwrap_err().is_format(), "{i}");
        let mut c = b.clone();
        set_u32(&mut c, 20 + i * 8, u32::MAX);
        assert!(Gazetteer::from_bytes(c).unwrap_err().is_format(), "{i}");
    }
    let mut c = b.clone();
    c[0] = b'X';
    assert!(Gazetteer::from_bytes(c)
        .unwrap_err()
        .to_string()
        .contains("not a hanhchinh gazetteer"));
    // A flipped byte inside an FST: it no longer matches the table it is made of.
    let (fst, _) = section(&b, 5);
    let mut c = b.clone();
    c[fst + 10] ^= 0x55;
    assert!(Gazetteer::from_bytes(c)
        .unwrap_err()
        .to_string()
        .contains("FST section 5 does not match"));
}

/// The seed of the `gazetteer_load` fuzz target is the sample as compiled today (regenerate it
/// with `hanhchinh gazetteer build crates/hanhchinh-gazetteer/tests/data/official-sample -o
/// fuzz/seeds/gazetteer_load/official-sample.bin` when the format changes).
#[test]
fn the_fuzz_seed_is_fresh() {
    let seed = std::fs::read(SEED).unwrap();
    assert!(
        seed == sample(),
        "fuzz/seeds/gazetteer_load/official-sample.bin is stale"
    );
}
