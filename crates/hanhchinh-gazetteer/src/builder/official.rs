//! The official tables in the layout of the repository's `data/gazetteer/` folder, with the
//! checks of `data/gazetteer/check.py` that are about what the rows say (the script also checks
//! the files' formatting and the official totals).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use crate::error::Error;
use crate::format::{EdgeKind, FLAG_ABOLISHED, FLAG_CHANGED};
use crate::types::Level;
use crate::REFORM_2025;

use super::rows::{
    parse_aliases, parse_changes, parse_lineage, parse_units, ChangeRow, EdgeRow, Ref, Row,
};
use super::table::{read_file, Kind, Table};
use super::Builder;

/// The unit types of each level in the pre-reform tables (2025-06-30 and history).
const PRE_TYPES: [(Level, &[&str]); 3] = [
    (Level::Province, &["tỉnh", "thành phố"]),
    (Level::District, &["quận", "huyện", "thị xã", "thành phố"]),
    (Level::Commune, &["phường", "xã", "thị trấn"]),
];
/// The unit types of each level from 2025-07-01.
const POST_TYPES: [(Level, &[&str]); 2] = [
    (Level::Province, &["tỉnh", "thành phố"]),
    (Level::Commune, &["phường", "xã", "đặc khu"]),
];

/// Which list a table belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Era {
    Pre,
    Post,
}

impl Era {
    fn types(self) -> &'static [(Level, &'static [&'static str])] {
        match self {
            Era::Pre => &PRE_TYPES,
            Era::Post => &POST_TYPES,
        }
    }

    /// The level of a unit's parent in this era's lists.
    fn parent_level(self, level: Level) -> Option<Level> {
        match (self, level) {
            (_, Level::Province) => None,
            (Era::Pre, Level::Commune) => Some(Level::District),
            _ => Some(Level::Province),
        }
    }
}

fn at(r: &Row, col: usize, msg: String) -> Error {
    Error::row(&r.origin.source, r.origin.line, col, msg)
}

/// Level, type and code length of an official row (2, 3 or 5 digits by level).
fn check_row(r: &Row, era: Era) -> Result<(), Error> {
    let Some((_, types)) = era.types().iter().find(|(l, _)| *l == r.level) else {
        let levels: Vec<&str> = era.types().iter().map(|(l, _)| l.as_str()).collect();
        return Err(at(
            r,
            4,
            format!(
                "level {} is not a level of this list ({})",
                r.level,
                levels.join(", ")
            ),
        ));
    };
    let word = r.utype.vietnamese();
    if !types.contains(&word) {
        return Err(at(
            r,
            3,
            format!(
                "type `{word}` is not a type of a {} in this list ({})",
                r.level,
                types.join(", ")
            ),
        ));
    }
    let len = match r.level {
        Level::Province => 2,
        Level::District => 3,
        _ => 5,
    };
    if r.code.len() != len || !r.code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(at(
            r,
            1,
            format!("code `{}` is not {len} digits for a {}", r.code, r.level),
        ));
    }
    Ok(())
}

/// The (level, code) of the units of a list, with their province codes.
type Codes<'a> = HashMap<(Level, &'a str), &'a str>;

/// The parent of every row is in one of `lists` at the level the era gives; with `provinces`,
/// the parent's province is the row's.
fn check_parents(
    rows: &[Row],
    era: Era,
    lists: &[&Codes<'_>],
    provinces: bool,
) -> Result<(), Error> {
    for r in rows {
        let (Some(pl), Some(pc)) = (era.parent_level(r.level), r.parent_code.as_deref()) else {
            continue;
        };
        let Some(prov) = lists.iter().find_map(|l| l.get(&(pl, pc))) else {
            return Err(at(
                r,
                5,
                format!("parent_code {pc}: no {pl} with that code in the list"),
            ));
        };
        if provinces && *prov != r.province_code {
            return Err(at(
                r,
                6,
                format!(
                    "province_code {} disagrees with its parent {pl} {pc}, which is in province {prov}",
                    r.province_code
                ),
            ));
        }
    }
    Ok(())
}

/// The (level, code) of the rows, or an error at the second row of a code.
fn codes(rows: &[Row]) -> Result<Codes<'_>, Error> {
    let mut seen: HashMap<(Level, &str), &Row> = HashMap::new();
    for r in rows {
        if let Some(first) = seen.insert((r.level, r.code.as_str()), r) {
            return Err(at(
                r,
                1,
                format!(
                    "{} {} again (first on line {})",
                    r.level, r.code, first.origin.line
                ),
            ));
        }
    }
    Ok(seen
        .into_iter()
        .map(|(k, r)| (k, r.province_code.as_str()))
        .collect())
}

/// A column that the official layout does not take in this file.
fn refuse_column(t: &Table, col: &str, why: &str) -> Result<(), Error> {
    match t.col(col) {
        Some(i) => Err(Error::header(
            &t.name,
            i + 1,
            format!("column `{col}` is not taken here: {why}"),
        )),
        None => Ok(()),
    }
}

impl Builder {
    /// Adds the official tables in the layout of the repository's `data/gazetteer/` folder:
    /// `units_2025_pre.tsv` (valid until 2025-06-30), `units_2025_post.tsv` (from 2025-07-01),
    /// `units_history.tsv` (dated earlier versions), `units_2026_changes.tsv` (changes after the
    /// reform, a change table), `lineage_2025.tsv` and, if present, `aliases.tsv`.
    ///
    /// Versions of one code that follow each other without a gap (history and 2025-06-30 state)
    /// are linked as [`EdgeKind::Version`] lineage; each 2026 change ends the version valid the
    /// day before and starts a new one, linked as [`EdgeKind::Change2026`].
    ///
    /// Besides the checks of every table (see [`Builder::add_tsv_named`]), the rows must follow
    /// the rules of `data/gazetteer/check.py` about their content: the levels and types of each
    /// list, codes of 2, 3 or 5 digits, parents in the same list at the level above, history
    /// versions with both dates and a status that agrees with the 2025-06-30 list, changes of
    /// units of the 2025-07-01 list from that day on with a source, and lineage from every unit
    /// of 2025-06-30 (provinces to exactly one) to every unit of 2025-07-01, communes staying in
    /// the province their province went to. (The script also checks the files' formatting and
    /// the official totals, which a sample of the tables does not meet.)
    pub fn add_official_dir(mut self, dir: &Path) -> Result<Builder, Error> {
        let pre_t = read_file(dir, "units_2025_pre.tsv")?;
        let post_t = read_file(dir, "units_2025_post.tsv")?;
        let hist_t = read_file(dir, "units_history.tsv")?;
        let chg_t = read_file(dir, "units_2026_changes.tsv")?;
        let lin_t = read_file(dir, "lineage_2025.tsv")?;
        for t in [&pre_t, &post_t, &hist_t] {
            t.expect(Kind::Units)?;
        }
        chg_t.expect(Kind::Changes)?;
        lin_t.expect(Kind::Lineage)?;
        refuse_column(
            &pre_t,
            "valid_to",
            "every unit of the list ends on 2025-07-01",
        )?;
        for c in ["valid_from", "valid_to"] {
            refuse_column(&post_t, c, "every unit of the list starts on 2025-07-01")?;
        }
        let mut pre = parse_units(&pre_t)?;
        for r in &mut pre {
            r.validity.to = Some(REFORM_2025);
        }
        let mut post = parse_units(&post_t)?;
        for r in &mut post {
            r.validity.from = Some(REFORM_2025);
            r.validity.from_is_upper_bound = false;
        }
        let hist = parse_units(&hist_t)?;
        let changes = parse_changes(&chg_t)?;
        let mut edges = parse_lineage(&lin_t)?;
        let aliases = if dir.join("aliases.tsv").exists() {
            let t = read_file(dir, "aliases.tsv")?;
            t.expect(Kind::Aliases)?;
            parse_aliases(&t)?
        } else {
            Vec::new()
        };

        for r in &pre {
            check_row(r, Era::Pre)?;
        }
        for r in &post {
            check_row(r, Era::Post)?;
        }
        let pre_codes = codes(&pre)?;
        let post_codes = codes(&post)?;
        check_parents(&pre, Era::Pre, &[&pre_codes], true)?;
        check_parents(&post, Era::Post, &[&post_codes], true)?;
        check_history(&hist_t, &hist, &pre_codes)?;
        check_changes(&chg_t, &changes, &post_codes)?;
        check_lineage(&lin_t, &edges, &pre, &post)?;

        // Version chains of history + pre rows.
        let mut groups: BTreeMap<(Level, String), Vec<&Row>> = BTreeMap::new();
        for r in hist.iter().chain(pre.iter()) {
            groups.entry((r.level, r.code.clone())).or_default().push(r);
        }
        for ((level, code), mut versions) in groups {
            versions.sort_by_key(|r| (r.validity.start(), r.validity.from));
            for w in versions.windows(2) {
                let [a, b] = w else { continue };
                let contiguous = match (a.validity.to, b.validity.from) {
                    (Some(end), Some(start)) => start <= end,
                    _ => false,
                };
                if contiguous {
                    edges.push(EdgeRow {
                        from: Ref::Id(
                            level,
                            code.clone(),
                            a.validity.from,
                            a.validity.from_is_upper_bound,
                        ),
                        to: Ref::Id(
                            level,
                            code.clone(),
                            b.validity.from,
                            b.validity.from_is_upper_bound,
                        ),
                        partial: false,
                        kind: EdgeKind::Version,
                        note: String::new(),
                        origin: b.origin.clone(),
                    });
                }
            }
        }

        self.rows.extend(pre);
        self.rows.extend(post);
        self.rows.extend(hist);
        self.changes.extend(changes);
        self.edges.extend(edges);
        self.aliases.extend(aliases);
        self.sources += 1;
        Ok(self)
    }
}

/// History rows: pre-reform levels and types, both dates, a status that agrees with the
/// 2025-06-30 list, parents in that list or in the history.
fn check_history(t: &Table, hist: &[Row], pre: &Codes<'_>) -> Result<(), Error> {
    let col = |c: &str| t.col(c).map_or(t.header.len() + 1, |i| i + 1);
    let mut hist_codes: Codes<'_> = HashMap::new();
    for r in hist {
        check_row(r, Era::Pre)?;
        hist_codes.insert((r.level, r.code.as_str()), r.province_code.as_str());
        if r.validity.from.is_none() {
            return Err(at(
                r,
                col("valid_from"),
                "a history row needs valid_from".into(),
            ));
        }
        if r.validity.to.is_none() {
            return Err(at(
                r,
                col("valid_to"),
                "a history row needs valid_to".into(),
            ));
        }
        let listed = pre.contains_key(&(r.level, r.code.as_str()));
        if r.flags & FLAG_CHANGED != 0 && !listed {
            return Err(at(
                r,
                col("status"),
                format!(
                    "status changed, but {} {} is not in units_2025_pre.tsv (abolished?)",
                    r.level, r.code
                ),
            ));
        }
        if r.flags & FLAG_ABOLISHED != 0 && listed {
            return Err(at(
                r,
                col("status"),
                format!(
                    "status abolished, but {} {} is still in units_2025_pre.tsv (changed?)",
                    r.level, r.code
                ),
            ));
        }
        if r.flags & (FLAG_CHANGED | FLAG_ABOLISHED) == 0 {
            return Err(at(
                r,
                col("status"),
                "a history row needs the status changed or abolished".into(),
            ));
        }
    }
    // (the province of the parent's version at the time is checked when the rows are resolved)
    check_parents(hist, Era::Pre, &[pre, &hist_codes], false)
}

/// Change rows: units of the 2025-07-01 list, from that day on, with a source; their types and
/// parents those of that list.
fn check_changes(t: &Table, changes: &[ChangeRow], post: &Codes<'_>) -> Result<(), Error> {
    let c_source = t.col("source");
    for c in changes {
        let r = &c.row;
        check_row(r, Era::Post)?;
        if !post.contains_key(&(r.level, r.code.as_str())) {
            return Err(at(
                r,
                1,
                format!("{} {} is not in units_2025_post.tsv", r.level, r.code),
            ));
        }
        if r.validity.from.is_some_and(|d| d <= REFORM_2025) {
            return Err(at(
                r,
                c.col_from,
                format!(
                    "a change of a unit of the 2025-07-01 list takes effect after {REFORM_2025}"
                ),
            ));
        }
        let source = t
            .rows
            .iter()
            .find(|(l, _)| *l == r.origin.line)
            .and_then(|(_, f)| c_source.and_then(|i| f.get(i)))
            .map_or("", String::as_str);
        if source.is_empty() {
            return Err(at(
                r,
                c_source.map_or(t.header.len() + 1, |i| i + 1),
                "a change of the official data needs its source".into(),
            ));
        }
    }
    check_parents(
        &changes.iter().map(|c| c.row.clone()).collect::<Vec<_>>(),
        Era::Post,
        &[post],
        true,
    )
}

/// Lineage rows: allowed level pairs between units of the two lists; every unit of 2025-06-30
/// (but districts with communes) has a successor, provinces exactly one; every unit of
/// 2025-07-01 has a predecessor; communes go to a commune of the province their province went
/// to.
fn check_lineage(t: &Table, edges: &[EdgeRow], pre: &[Row], post: &[Row]) -> Result<(), Error> {
    let pre_by: HashMap<(Level, &str), &Row> = pre
        .iter()
        .map(|r| ((r.level, r.code.as_str()), r))
        .collect();
    let post_by: HashMap<(Level, &str), &Row> = post
        .iter()
        .map(|r| ((r.level, r.code.as_str()), r))
        .collect();
    let mut succ: HashMap<(Level, &str), Vec<(Level, &str)>> = HashMap::new();
    let mut has_pred: HashSet<(Level, &str)> = HashSet::new();
    for e in edges {
        let (Ref::On(ol, oc, _), Ref::On(nl, nc, _)) = (&e.from, &e.to) else {
            continue;
        };
        let err = |col: usize, msg: String| Error::row(&t.name, e.origin.line, col, msg);
        if !matches!(
            (ol, nl),
            (Level::Province, Level::Province)
                | (Level::Commune, Level::Commune)
                | (Level::District, Level::Commune)
        ) {
            return Err(err(
                2,
                format!("{ol} -> {nl}: lineage goes province -> province, commune -> commune or district -> commune"),
            ));
        }
        if !pre_by.contains_key(&(*ol, oc.as_str())) {
            return Err(err(
                1,
                format!("old {ol} {oc} is not in units_2025_pre.tsv"),
            ));
        }
        if !post_by.contains_key(&(*nl, nc.as_str())) {
            return Err(err(
                3,
                format!("new {nl} {nc} is not in units_2025_post.tsv"),
            ));
        }
        succ.entry((*ol, oc.as_str()))
            .or_default()
            .push((*nl, nc.as_str()));
        has_pred.insert((*nl, nc.as_str()));
    }
    let with_communes: HashSet<&str> = pre
        .iter()
        .filter(|r| r.level == Level::Commune)
        .filter_map(|r| r.parent_code.as_deref())
        .collect();
    let mut province_to: HashMap<&str, &str> = HashMap::new();
    for r in pre {
        let key = (r.level, r.code.as_str());
        let needs = r.level != Level::District || !with_communes.contains(r.code.as_str());
        let s = succ.get(&key).map_or(&[][..], Vec::as_slice);
        if needs && s.is_empty() {
            return Err(at(
                r,
                1,
                format!("{} {} has no successor in {}", r.level, r.code, t.name),
            ));
        }
        if r.level == Level::Province {
            match s {
                [(_, to)] => {
                    province_to.insert(r.code.as_str(), to);
                }
                _ => {
                    return Err(at(
                        r,
                        1,
                        format!(
                            "province {} has {} successors in {}; a province goes to exactly one",
                            r.code,
                            s.len(),
                            t.name
                        ),
                    ))
                }
            }
        }
    }
    for r in post {
        if !has_pred.contains(&(r.level, r.code.as_str())) {
            return Err(at(
                r,
                1,
                format!("{} {} has no predecessor in {}", r.level, r.code, t.name),
            ));
        }
    }
    for e in edges {
        let (Ref::On(Level::Commune, oc, _), Ref::On(Level::Commune, nc, _)) = (&e.from, &e.to)
        else {
            continue;
        };
        let (Some(o), Some(n)) = (
            pre_by.get(&(Level::Commune, oc.as_str())),
            post_by.get(&(Level::Commune, nc.as_str())),
        ) else {
            continue;
        };
        let went = province_to.get(o.province_code.as_str()).copied();
        if went != Some(n.province_code.as_str()) {
            return Err(Error::row(
                &t.name,
                e.origin.line,
                3,
                format!(
                    "commune {oc} of province {} goes to commune {nc} of province {}, but \
                     province {} went to {}",
                    o.province_code,
                    n.province_code,
                    o.province_code,
                    went.unwrap_or("none")
                ),
            ));
        }
    }
    Ok(())
}
