//! Building a gazetteer from TSV sources (the official tables and user extensions).
//!
//! `table` reads a TSV file and checks its header, `rows` turns its rows into unit versions,
//! lineage edges and aliases, `official` reads the repository's `data/gazetteer/` layout, and
//! `resolve` checks that everything fits together and makes the model that `format` writes.

mod official;
mod resolve;
mod rows;
mod table;

use std::io::Read;

use crate::error::Error;
use crate::format::{self, EdgeKind};
use crate::keys::{name_key, Form};
use crate::Gazetteer;

use rows::{parse_aliases, parse_lineage, parse_units, ref_of, AliasRow, EdgeRow, Origin, Row};
use table::{Table, ALIAS_COLS, LINEAGE_COLS, UNIT_COLS};

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
}
