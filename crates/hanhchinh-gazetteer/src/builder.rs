//! Building a gazetteer from TSV sources (the official tables and user extensions).

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::Path;

use crate::date::parse_ymd;
use crate::error::Error;
use crate::format::{
    self, EdgeKind, MEdge, MUnit, Model, FLAG_ABOLISHED, FLAG_CHANGED, FLAG_FROM_UPPER_BOUND,
};
use crate::keys::{name_key, Form};
use crate::types::{Level, UnitType, Validity};
use crate::Gazetteer;
use crate::{Date, LAST_PRE_REFORM, REFORM_2025};

/// Where a row came from (for error messages).
#[derive(Debug, Clone)]
struct Origin {
    source: String,
    line: usize,
}

/// One unit version before resolution.
#[derive(Debug, Clone)]
struct Row {
    code: String,
    name: String,
    utype: UnitType,
    level: Level,
    parent_code: Option<String>,
    province_code: String,
    validity: Validity,
    variants: Vec<String>,
    flags: u16,
    note: Option<String>,
    origin: Origin,
}

/// A reference to a unit version.
#[derive(Debug, Clone)]
enum Ref {
    /// The version of (level, code) valid on a date.
    On(Level, String, Date),
    /// The version of (level, code) with exactly this start.
    Id(Level, String, Option<Date>, bool),
}

#[derive(Debug, Clone)]
struct EdgeRow {
    from: Ref,
    to: Ref,
    partial: bool,
    kind: EdgeKind,
    note: String,
    origin: Origin,
}

#[derive(Debug, Clone)]
struct AliasRow {
    alias: String,
    level: Level,
    code: String,
    name_key: Option<String>,
    origin: Origin,
}

/// Builds a [`Gazetteer`] from the embedded default data and/or TSV sources.
///
/// Every `add_*` method parses and checks its whole source before adding anything, and
/// [`Builder::build`] checks that the rows fit together (unique versions, parents that exist at
/// the time, lineage that points at units): a bad row gives an [`Error`] with source, line,
/// column and reason, and nothing is half-loaded.
///
/// ```
/// use hanhchinh_gazetteer::{Gazetteer, Level};
/// // A user table: two villages (thôn) of xã An Khê (12475, Quỳnh Phụ, before the reform).
/// let tsv = "code\tname\ttype\tlevel\tparent_code\tprovince_code\tvalid_from\tvalid_to\n\
///            12475-01\tĐông Hồ\tthôn\tvillage\t12475\t34\t\t2025-07-01\n\
///            12475-02\tTây Hồ\tthôn\tvillage\t12475\t34\t\t2025-07-01\n";
/// let g = Gazetteer::builder().with_default().add_tsv(tsv.as_bytes())?.build()?;
/// let thon = g.lookup("thôn Đông Hồ");
/// assert_eq!(thon.len(), 1);
/// assert_eq!(thon[0].unit.level(), Level::Village);
/// assert_eq!(thon[0].unit.parent().unwrap().name(), "An Khê");
/// // Compile to bytes, load back.
/// let bytes = g.to_bytes().to_vec();
/// let again = Gazetteer::from_bytes(bytes)?;
/// assert_eq!(again.len(), g.len());
/// # Ok::<(), hanhchinh_gazetteer::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Builder {
    rows: Vec<Row>,
    edges: Vec<EdgeRow>,
    aliases: Vec<AliasRow>,
    data_version: Option<String>,
    sources: usize,
}

/// A parsed TSV table: header names and rows of fields with their line numbers.
struct Table {
    name: String,
    header: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    fn parse(name: &str, mut reader: impl Read) -> Result<Table, Error> {
        let mut bytes = Vec::new();
        reader
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io(name, e))?;
        let text = match std::str::from_utf8(&bytes) {
            Ok(t) => t,
            Err(e) => {
                let at = e.valid_up_to();
                let prefix = bytes.get(..at).unwrap_or(&[]);
                let line = prefix.iter().filter(|&&b| b == b'\n').count() + 1;
                let col = prefix.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
                return Err(Error::row(name, line, col, "not valid UTF-8"));
            }
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut lines = text.split('\n').enumerate();
        let header: Vec<String> = match lines.next() {
            Some((_, h)) => h
                .trim_end_matches('\r')
                .split('\t')
                .map(|s| s.trim().to_string())
                .collect(),
            None => Vec::new(),
        };
        let mut rows = Vec::new();
        for (i, line) in lines {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<String> = line.split('\t').map(|s| s.trim().to_string()).collect();
            if fields.len() > header.len() {
                return Err(Error::row(
                    name,
                    i + 1,
                    header.len() + 1,
                    format!(
                        "{} fields, the header has {} columns",
                        fields.len(),
                        header.len()
                    ),
                ));
            }
            rows.push((i + 1, fields));
        }
        Ok(Table {
            name: name.to_string(),
            header,
            rows,
        })
    }

    fn col(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }

    fn starts_with(&self, cols: &[&str]) -> bool {
        self.header.len() >= cols.len() && self.header.iter().zip(cols).all(|(h, c)| h == c)
    }
}

fn field(fields: &[String], i: Option<usize>) -> &str {
    i.and_then(|i| fields.get(i)).map_or("", String::as_str)
}

const UNIT_COLS: [&str; 6] = [
    "code",
    "name",
    "type",
    "level",
    "parent_code",
    "province_code",
];
const ALIAS_COLS: [&str; 4] = ["alias", "level", "code", "name"];
const LINEAGE_COLS: [&str; 6] = [
    "old_code",
    "old_level",
    "new_code",
    "new_level",
    "is_partial",
    "gso_note",
];

/// Parses `D` or `<=D`; empty is `None`.
fn parse_from(s: &str) -> Result<(Option<Date>, bool), String> {
    if s.is_empty() {
        return Ok((None, false));
    }
    let (ub, d) = match s.strip_prefix("<=") {
        Some(d) => (true, d),
        None => (false, s),
    };
    match parse_ymd(d) {
        Some(d) => Ok((Some(d), ub)),
        None => Err(format!("`{s}` is not a date (YYYY-MM-DD or <=YYYY-MM-DD)")),
    }
}

fn parse_level(s: &str) -> Result<Level, String> {
    Level::parse(s)
        .ok_or_else(|| format!("level `{s}` is not one of province, district, commune, village"))
}

fn check_code(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err("empty code".into());
    }
    if s.chars().any(char::is_whitespace) {
        return Err(format!("code `{s}` contains white space"));
    }
    Ok(())
}

fn parse_units(t: &Table) -> Result<Vec<Row>, Error> {
    let c_from = t.col("valid_from");
    let c_to = t.col("valid_to");
    let c_var = t.col("name_variants");
    let c_status = t.col("status");
    let c_note = t
        .col("note")
        .or_else(|| t.col("decree"))
        .or_else(|| t.col("resolution"));
    let mut out = Vec::with_capacity(t.rows.len());
    for (line, f) in &t.rows {
        let line = *line;
        let err = |col: usize, msg: String| Error::row(&t.name, line, col, msg);
        let code = field(f, Some(0));
        check_code(code).map_err(|m| err(1, m))?;
        let name = field(f, Some(1));
        if name.is_empty() {
            return Err(err(2, "empty name".into()));
        }
        if name_key(name, Form::Key).is_empty() {
            return Err(err(2, format!("name `{name}` has no letters or digits")));
        }
        let level = parse_level(field(f, Some(3))).map_err(|m| err(4, m))?;
        let ty_word = field(f, Some(2));
        let utype = UnitType::from_data(ty_word, level).ok_or_else(|| {
            err(
                3,
                format!("type `{ty_word}` is not a unit type of level {level}"),
            )
        })?;
        let parent = field(f, Some(4));
        let parent_code = if parent.is_empty() {
            None
        } else {
            check_code(parent).map_err(|m| err(5, m))?;
            Some(parent.to_string())
        };
        if parent_code.is_none() && level != Level::Province {
            return Err(err(5, format!("a {level} needs a parent_code")));
        }
        let mut province_code = field(f, Some(5)).to_string();
        if province_code.is_empty() {
            if level == Level::Province {
                province_code = code.to_string();
            } else {
                return Err(err(6, "empty province_code".into()));
            }
        }
        let (from, ub) =
            parse_from(field(f, c_from)).map_err(|m| err(c_from.unwrap_or(0) + 1, m))?;
        let to_s = field(f, c_to);
        let to = if to_s.is_empty() {
            None
        } else {
            Some(parse_ymd(to_s).ok_or_else(|| {
                err(
                    c_to.unwrap_or(0) + 1,
                    format!("`{to_s}` is not a date (YYYY-MM-DD)"),
                )
            })?)
        };
        if let (Some(a), Some(b)) = (from, to) {
            if b <= a {
                return Err(err(
                    c_to.unwrap_or(0) + 1,
                    format!("valid_to {b} is not after valid_from {a}"),
                ));
            }
        }
        let variants: Vec<String> = field(f, c_var)
            .split('|')
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
            .collect();
        let flags = match field(f, c_status) {
            "" | "current" => 0,
            "changed" => FLAG_CHANGED,
            "abolished" => FLAG_ABOLISHED,
            other => {
                return Err(err(
                    c_status.unwrap_or(0) + 1,
                    format!("status `{other}` is not changed or abolished"),
                ))
            }
        } | if ub { FLAG_FROM_UPPER_BOUND } else { 0 };
        let note = Some(field(f, c_note).to_string()).filter(|n| !n.is_empty());
        out.push(Row {
            code: code.to_string(),
            name: name.to_string(),
            utype,
            level,
            parent_code,
            province_code,
            validity: Validity {
                from,
                to,
                from_is_upper_bound: ub,
            },
            variants,
            flags,
            note,
            origin: Origin {
                source: t.name.clone(),
                line,
            },
        });
    }
    Ok(out)
}

fn parse_aliases(t: &Table) -> Result<Vec<AliasRow>, Error> {
    let mut out = Vec::new();
    for (line, f) in &t.rows {
        let err = |col: usize, msg: String| Error::row(&t.name, *line, col, msg);
        let alias = field(f, Some(0));
        if name_key(alias, Form::Key).is_empty() {
            return Err(err(1, format!("alias `{alias}` has no letters or digits")));
        }
        let level = parse_level(field(f, Some(1))).map_err(|m| err(2, m))?;
        let code = field(f, Some(2));
        check_code(code).map_err(|m| err(3, m))?;
        let name = field(f, Some(3));
        out.push(AliasRow {
            alias: alias.to_string(),
            level,
            code: code.to_string(),
            name_key: Some(name_key(name, Form::Key)).filter(|k| !k.is_empty()),
            origin: Origin {
                source: t.name.clone(),
                line: *line,
            },
        });
    }
    Ok(out)
}

fn parse_lineage(t: &Table) -> Result<Vec<EdgeRow>, Error> {
    let mut out = Vec::with_capacity(t.rows.len());
    let c_note = t.col("gso_note");
    for (line, f) in &t.rows {
        let err = |col: usize, msg: String| Error::row(&t.name, *line, col, msg);
        let old_code = field(f, Some(0));
        check_code(old_code).map_err(|m| err(1, m))?;
        let old_level = parse_level(field(f, Some(1))).map_err(|m| err(2, m))?;
        let new_code = field(f, Some(2));
        check_code(new_code).map_err(|m| err(3, m))?;
        let new_level = parse_level(field(f, Some(3))).map_err(|m| err(4, m))?;
        let partial = match field(f, Some(4)) {
            "1" => true,
            "0" | "" => false,
            other => return Err(err(5, format!("is_partial `{other}` is not 0 or 1"))),
        };
        out.push(EdgeRow {
            from: Ref::On(old_level, old_code.to_string(), LAST_PRE_REFORM),
            to: Ref::On(new_level, new_code.to_string(), REFORM_2025),
            partial,
            kind: EdgeKind::Reform2025,
            note: field(f, c_note).to_string(),
            origin: Origin {
                source: t.name.clone(),
                line: *line,
            },
        });
    }
    Ok(out)
}

fn ref_of(u: &crate::Unit<'_>) -> Ref {
    let v = u.validity();
    Ref::Id(
        u.level(),
        u.code().to_string(),
        v.from,
        v.from_is_upper_bound,
    )
}

fn read_file(dir: &Path, name: &str) -> Result<Table, Error> {
    let path = dir.join(name);
    let file = std::fs::File::open(&path).map_err(|e| Error::io(&path.display().to_string(), e))?;
    Table::parse(&path.display().to_string(), file)
}

impl Builder {
    /// An empty builder (no units). Use [`Builder::with_default`] to start from the embedded data.
    pub fn new() -> Builder {
        Builder::default()
    }

    /// Adds every unit, lineage edge and alias of the embedded default gazetteer.
    pub fn with_default(self) -> Builder {
        self.with_gazetteer(crate::global())
    }

    /// Adds every unit, lineage edge and alias of an existing gazetteer.
    pub fn with_gazetteer(mut self, g: &Gazetteer) -> Builder {
        let d = g.data();
        let name = format!("gazetteer {}", d.data_version());
        for u in g.units() {
            let parent_code = u.parent().map(|p| p.code().to_string());
            let province_code = u
                .province()
                .map_or_else(|| u.code().to_string(), |p| p.code().to_string());
            self.rows.push(Row {
                code: u.code().to_string(),
                name: u.name().to_string(),
                utype: u.unit_type(),
                level: u.level(),
                parent_code,
                province_code,
                validity: u.validity(),
                variants: u.variants().map(str::to_string).collect(),
                flags: u.raw_flags(),
                note: u.note().map(str::to_string),
                origin: Origin {
                    source: name.clone(),
                    line: 0,
                },
            });
        }
        for i in 0..d.edge_count() {
            let Some(e) = d.edge(i) else { continue };
            let (Some(a), Some(b)) = (g.unit_by_index(e.from), g.unit_by_index(e.to)) else {
                continue;
            };
            self.edges.push(EdgeRow {
                from: ref_of(&a),
                to: ref_of(&b),
                partial: e.flags & 1 != 0,
                kind: EdgeKind::from_u8((e.flags >> 8) as u8),
                note: d.string(e.note).to_string(),
                origin: Origin {
                    source: name.clone(),
                    line: 0,
                },
            });
        }
        for i in 0..d.alias_count() {
            let Some((alias, id)) = d.alias(i) else {
                continue;
            };
            let Some(u) = g.unit_by_index(id) else {
                continue;
            };
            self.aliases.push(AliasRow {
                alias: alias.to_string(),
                level: u.level(),
                code: u.code().to_string(),
                name_key: Some(name_key(u.name(), Form::Key)),
                origin: Origin {
                    source: name.clone(),
                    line: 0,
                },
            });
        }
        if self.data_version.is_none() {
            self.data_version = Some(d.data_version().to_string());
        }
        self.sources += 1;
        self
    }

    /// Sets the data version string stored in the compiled gazetteer.
    pub fn data_version(mut self, v: impl Into<String>) -> Builder {
        self.data_version = Some(v.into());
        self
    }

    /// Adds a TSV source (see [`Builder::add_tsv_named`]), named `<tsv>` in errors.
    pub fn add_tsv(self, reader: impl Read) -> Result<Builder, Error> {
        self.add_tsv_named("<tsv>", reader)
    }

    /// Adds a TSV source; `name` is used in error messages.
    ///
    /// The header row decides what the table holds:
    ///
    /// * units: `code name type level parent_code province_code`, then optionally `valid_from`
    ///   (`YYYY-MM-DD` or `<=YYYY-MM-DD`), `valid_to` (exclusive), `name_variants`
    ///   (`|`-separated), `status` (`changed`/`abolished`), `note`; other columns are ignored.
    ///   Missing dates mean open intervals. Unit types are the Vietnamese words of
    ///   [`UnitType::vietnamese`] (`thôn`, `tổ dân phố`, … at level `village`).
    /// * aliases: `alias level code name` (+ any comment columns): `alias` becomes another name of
    ///   the units with that level and code (and that name, if `name` is not empty).
    /// * lineage: `old_code old_level new_code new_level is_partial gso_note`: edges of the
    ///   2025-07-01 reform, from the version valid on 2025-06-30 to the one valid on 2025-07-01.
    ///
    /// Fields are separated by tabs, with no quoting; blank lines and lines starting with `#`
    /// are skipped.
    pub fn add_tsv_named(mut self, name: &str, reader: impl Read) -> Result<Builder, Error> {
        let t = Table::parse(name, reader)?;
        if t.starts_with(&UNIT_COLS) {
            let rows = parse_units(&t)?;
            self.rows.extend(rows);
        } else if t.starts_with(&ALIAS_COLS) {
            let rows = parse_aliases(&t)?;
            self.aliases.extend(rows);
        } else if t.starts_with(&LINEAGE_COLS) {
            let rows = parse_lineage(&t)?;
            self.edges.extend(rows);
        } else {
            return Err(Error::row(
                name,
                1,
                1,
                format!(
                    "unknown header: a table starts with `{}`, `{}` or `{}`",
                    UNIT_COLS.join(" "),
                    ALIAS_COLS.join(" "),
                    LINEAGE_COLS.join(" ")
                ),
            ));
        }
        self.sources += 1;
        Ok(self)
    }

    /// Adds the official tables in the layout of the repository's `data/gazetteer/` folder:
    /// `units_2025_pre.tsv` (valid until 2025-06-30), `units_2025_post.tsv` (from 2025-07-01),
    /// `units_history.tsv` (dated earlier versions), `units_2026_changes.tsv` (changes after the
    /// reform), `lineage_2025.tsv` and, if present, `aliases.tsv`.
    ///
    /// Versions of one code that follow each other without a gap (history and 2025-06-30 state)
    /// are linked as [`EdgeKind::Version`] lineage; each 2026 change ends the 2025-07-01 version
    /// and starts a new one, linked as [`EdgeKind::Change2026`].
    pub fn add_official_dir(mut self, dir: &Path) -> Result<Builder, Error> {
        let pre_t = read_file(dir, "units_2025_pre.tsv")?;
        let post_t = read_file(dir, "units_2025_post.tsv")?;
        let hist_t = read_file(dir, "units_history.tsv")?;
        let chg_t = read_file(dir, "units_2026_changes.tsv")?;
        let lin_t = read_file(dir, "lineage_2025.tsv")?;
        for t in [&pre_t, &post_t, &hist_t, &chg_t] {
            if !t.starts_with(&UNIT_COLS) {
                return Err(Error::row(&t.name, 1, 1, "not a unit table"));
            }
        }
        if !lin_t.starts_with(&LINEAGE_COLS) {
            return Err(Error::row(&lin_t.name, 1, 1, "not a lineage table"));
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
        let changes = parse_units(&chg_t)?;
        let mut edges = parse_lineage(&lin_t)?;
        let aliases = if dir.join("aliases.tsv").exists() {
            let t = read_file(dir, "aliases.tsv")?;
            if !t.starts_with(&ALIAS_COLS) {
                return Err(Error::row(&t.name, 1, 1, "not an alias table"));
            }
            parse_aliases(&t)?
        } else {
            Vec::new()
        };

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

        // 2026 changes: end the post version, start a new one.
        let mut extra = Vec::new();
        let mut changes = changes;
        changes.sort_by_key(|c| (c.level, c.code.clone(), c.validity.from));
        for c in changes {
            let Some(start) = c.validity.from else {
                return Err(Error::row(
                    &c.origin.source,
                    c.origin.line,
                    7,
                    "a change needs valid_from",
                ));
            };
            let prev = post
                .iter_mut()
                .chain(extra.iter_mut())
                .filter(|r: &&mut Row| {
                    r.level == c.level && r.code == c.code && r.validity.to.is_none()
                })
                .last();
            let Some(prev) = prev else {
                return Err(Error::consistency(
                    Some(&c.origin.source),
                    Some(c.origin.line),
                    format!(
                        "change of {} {} that is not in the post-reform list",
                        c.level, c.code
                    ),
                ));
            };
            prev.validity.to = Some(start);
            let mut next = prev.clone();
            next.utype = c.utype;
            next.validity = Validity {
                from: Some(start),
                to: None,
                from_is_upper_bound: false,
            };
            next.note = c.note.clone();
            next.flags = 0;
            next.origin = c.origin.clone();
            edges.push(EdgeRow {
                from: Ref::Id(c.level, c.code.clone(), prev.validity.from, false),
                to: Ref::Id(c.level, c.code.clone(), Some(start), false),
                partial: false,
                kind: EdgeKind::Change2026,
                note: c.note.clone().unwrap_or_default(),
                origin: c.origin.clone(),
            });
            extra.push(next);
        }

        self.rows.extend(pre);
        self.rows.extend(post);
        self.rows.extend(extra);
        self.rows.extend(hist);
        self.edges.extend(edges);
        self.aliases.extend(aliases);
        self.sources += 1;
        Ok(self)
    }

    /// Checks the rows, resolves parents, provinces, lineage and aliases, and compiles.
    pub fn build(self) -> Result<Gazetteer, Error> {
        let bytes = self.compile()?;
        Gazetteer::from_bytes(bytes)
    }

    /// Like [`Builder::build`], but returns the compiled bytes (what
    /// [`Gazetteer::from_bytes`] loads).
    pub fn compile(self) -> Result<Vec<u8>, Error> {
        let model = self.resolve()?;
        format::write(&model)
    }

    fn resolve(self) -> Result<Model, Error> {
        let Builder {
            mut rows,
            edges,
            aliases,
            data_version,
            ..
        } = self;
        // Deterministic order: level, code, start.
        rows.sort_by(|a, b| {
            (a.level, &a.code, a.validity.start(), a.validity.from).cmp(&(
                b.level,
                &b.code,
                b.validity.start(),
                b.validity.from,
            ))
        });
        let mut by_code: HashMap<(Level, &str), Vec<u32>> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            by_code
                .entry((r.level, r.code.as_str()))
                .or_default()
                .push(i as u32);
        }
        // Unique, non-overlapping versions.
        for ids in by_code.values() {
            for (k, &a) in ids.iter().enumerate() {
                for &b in ids.iter().skip(k + 1) {
                    let (Some(ra), Some(rb)) = (rows.get(a as usize), rows.get(b as usize)) else {
                        continue;
                    };
                    if ra.validity.overlaps(&rb.validity) {
                        return Err(Error::consistency(
                            Some(&rb.origin.source),
                            Some(rb.origin.line),
                            format!(
                                "{} {} `{}` ({}) overlaps the version `{}` ({}) from {}:{}",
                                rb.level,
                                rb.code,
                                rb.name,
                                rb.validity,
                                ra.name,
                                ra.validity,
                                ra.origin.source,
                                ra.origin.line
                            ),
                        ));
                    }
                }
            }
        }
        let find_version = |level: Level, code: &str, r: &Row| -> Option<u32> {
            let ids = by_code.get(&(level, code))?;
            let mut best: Option<(u32, u8)> = None;
            for &id in ids {
                let c = rows.get(id as usize)?;
                if !c.validity.overlaps(&r.validity) {
                    continue;
                }
                // Prefer the version valid on the row's last day (the latest state of the parent
                // during the row's validity: for the 2025-06-30 table, the parent of that day).
                let anchor_ok = match r.validity.to {
                    Some(t) => {
                        c.validity.to.is_none_or_ge(t) && c.validity.start().is_none_or_lt(t)
                    }
                    None => c.validity.to.is_none(),
                };
                let score = if anchor_ok { 2 } else { 1 };
                if best.is_none_or_worse(score) {
                    best = Some((id, score));
                }
            }
            best.map(|(id, _)| id)
        };
        let mut units: Vec<MUnit> = Vec::with_capacity(rows.len());
        for r in &rows {
            let parent = match &r.parent_code {
                Some(pc) => {
                    let found = Level::ALL
                        .into_iter()
                        .filter(|l| *l < r.level)
                        .rev()
                        .find_map(|l| find_version(l, pc, r));
                    match found {
                        Some(p) => Some(p),
                        None => {
                            return Err(Error::consistency(
                                Some(&r.origin.source),
                                Some(r.origin.line),
                                format!(
                                "{} {} `{}`: no unit with code {pc} above it is valid during {}",
                                r.level, r.code, r.name, r.validity
                            ),
                            ))
                        }
                    }
                }
                None => None,
            };
            let province = if r.level == Level::Province {
                None
            } else {
                match find_version(Level::Province, &r.province_code, r) {
                    Some(p) => Some(p),
                    None => {
                        return Err(Error::consistency(
                            Some(&r.origin.source),
                            Some(r.origin.line),
                            format!(
                                "{} {} `{}`: province {} is not valid during {}",
                                r.level, r.code, r.name, r.province_code, r.validity
                            ),
                        ))
                    }
                }
            };
            units.push(MUnit {
                code: r.code.clone(),
                name: r.name.clone(),
                level: r.level,
                utype: r.utype,
                flags: r.flags,
                parent,
                province,
                from: r.validity.from,
                to: r.validity.to,
                variants: r.variants.clone(),
                note: r.note.clone(),
                successors: Vec::new(),
                predecessors: Vec::new(),
                children: Vec::new(),
            });
        }
        // Provinces point at themselves.
        for (i, u) in units.iter_mut().enumerate() {
            if u.level == Level::Province {
                u.province = Some(i as u32);
            }
        }
        let parents: Vec<(u32, u32)> = units
            .iter()
            .enumerate()
            .filter_map(|(i, u)| u.parent.map(|p| (p, i as u32)))
            .collect();
        for (p, c) in parents {
            if let Some(pu) = units.get_mut(p as usize) {
                pu.children.push(c);
            }
        }
        // Lineage.
        let resolve_ref = |r: &Ref| -> Option<u32> {
            match r {
                Ref::On(level, code, date) => by_code
                    .get(&(*level, code.as_str()))?
                    .iter()
                    .copied()
                    .find(|&id| {
                        rows.get(id as usize)
                            .is_some_and(|u| u.validity.contains(*date))
                    }),
                Ref::Id(level, code, from, ub) => by_code
                    .get(&(*level, code.as_str()))?
                    .iter()
                    .copied()
                    .find(|&id| {
                        rows.get(id as usize).is_some_and(|u| {
                            u.validity.from == *from && u.validity.from_is_upper_bound == *ub
                        })
                    }),
            }
        };
        let mut medges: Vec<MEdge> = Vec::with_capacity(edges.len());
        for e in &edges {
            let (Some(a), Some(b)) = (resolve_ref(&e.from), resolve_ref(&e.to)) else {
                let which = if resolve_ref(&e.from).is_none() {
                    &e.from
                } else {
                    &e.to
                };
                let (level, code) = match which {
                    Ref::On(l, c, _) | Ref::Id(l, c, _, _) => (*l, c.as_str()),
                };
                return Err(Error::consistency(
                    Some(&e.origin.source),
                    Some(e.origin.line),
                    format!("lineage refers to {level} {code}, which is not valid at that date"),
                ));
            };
            medges.push(MEdge {
                from: a,
                to: b,
                partial: e.partial,
                kind: e.kind,
                note: e.note.clone(),
            });
        }
        medges.sort_by(|x, y| {
            (x.from, x.to, x.kind.to_u8(), &x.note).cmp(&(y.from, y.to, y.kind.to_u8(), &y.note))
        });
        medges.dedup_by(|x, y| x.from == y.from && x.to == y.to && x.kind == y.kind);
        for (i, e) in medges.iter().enumerate() {
            if let Some(u) = units.get_mut(e.from as usize) {
                u.successors.push(i as u32);
            }
            if let Some(u) = units.get_mut(e.to as usize) {
                u.predecessors.push(i as u32);
            }
        }
        // Aliases.
        let mut maliases: Vec<(String, u32)> = Vec::new();
        for a in &aliases {
            let ids: Vec<u32> = by_code
                .get(&(a.level, a.code.as_str()))
                .map(|ids| {
                    ids.iter()
                        .copied()
                        .filter(|&id| {
                            a.name_key.as_ref().is_none_or_eq(
                                rows.get(id as usize).map(|r| name_key(&r.name, Form::Key)),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            if ids.is_empty() {
                return Err(Error::consistency(
                    Some(&a.origin.source),
                    Some(a.origin.line),
                    format!(
                        "alias `{}` refers to no {} with code {}",
                        a.alias, a.level, a.code
                    ),
                ));
            }
            for id in ids {
                maliases.push((a.alias.clone(), id));
            }
        }
        maliases.sort();
        maliases.dedup();
        Ok(Model {
            units,
            edges: medges,
            aliases: maliases,
            data_version: data_version.unwrap_or_else(|| "custom".to_string()),
        })
    }
}

/// Small comparison helpers (MSRV 1.80 has no `Option::is_none_or`).
trait OptExt<T> {
    fn is_none_or_ge(&self, t: T) -> bool;
    fn is_none_or_lt(&self, t: T) -> bool;
}

impl OptExt<Date> for Option<Date> {
    fn is_none_or_ge(&self, t: Date) -> bool {
        match self {
            Some(v) => *v >= t,
            None => true,
        }
    }
    fn is_none_or_lt(&self, t: Date) -> bool {
        match self {
            Some(v) => *v < t,
            None => true,
        }
    }
}

trait BestExt {
    fn is_none_or_worse(&self, score: u8) -> bool;
}

impl BestExt for Option<(u32, u8)> {
    fn is_none_or_worse(&self, score: u8) -> bool {
        match self {
            Some((_, s)) => *s < score,
            None => true,
        }
    }
}

trait EqExt {
    fn is_none_or_eq(&self, other: Option<String>) -> bool;
}

impl EqExt for Option<&String> {
    fn is_none_or_eq(&self, other: Option<String>) -> bool {
        match self {
            Some(k) => other.as_deref() == Some(k.as_str()),
            None => true,
        }
    }
}
