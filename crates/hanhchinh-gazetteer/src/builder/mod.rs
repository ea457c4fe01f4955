//! Building a gazetteer from TSV sources (the official tables and user extensions).
//!
//! `table` reads a TSV file and checks its header, `rows` turns its rows into unit versions,
//! changes, lineage edges and aliases, `official` reads the repository's `data/gazetteer/`
//! layout, `change` applies the changes of units from a date, and `resolve` checks that
//! everything fits together and makes the model that `format` writes.

mod change;
mod official;
mod resolve;
mod rows;
mod table;

use std::io::Read;

use crate::error::Error;
use crate::format::{self, EdgeKind};
use crate::keys::{name_key, Form};
use crate::Gazetteer;

use rows::{
    parse_aliases, parse_changes, parse_lineage, parse_units, ref_of, AliasRow, ChangeRow, EdgeRow,
    Origin, Row,
};
use table::{Kind, Table};

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
    changes: Vec<ChangeRow>,
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
                name: u.name().to_string(),
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
    /// * units: `code name type level parent_code province_code`, then any of `valid_from`
    ///   (`YYYY-MM-DD` or `<=YYYY-MM-DD`), `valid_to` (exclusive), `name_variants`
    ///   (`|`-separated), `status` (`changed`/`abolished`), `note` (or `decree`), `full_name`
    ///   (checked to be the type and the name), the informational columns of the official tables
    ///   (`english_type`, `slug`, `alt_codes`) and the provenance columns `source`, `remark`,
    ///   `reason` (kept in the table, not compiled). Missing dates mean open intervals. Unit types
    ///   are the Vietnamese words of [`UnitType::vietnamese`] (`thôn`, `tổ dân phố`, … at level
    ///   `village`).
    /// * changes: a units header with the columns `valid_from` and `change`: from `valid_from`
    ///   on, the unit of that level and code is as the row gives it. `change` lists what changes
    ///   (`name`, `type`, `parent`, separated by commas); each listed field must differ from the
    ///   version valid the day before and every other field must equal it. The old version ends
    ///   on that day and is linked to the new one ([`EdgeKind::Change2026`] from 2025-07-01 on,
    ///   [`EdgeKind::Version`] before). Also `name_variants` (else the old ones are kept unless
    ///   the name changes), `note` (or `resolution`, `decree`), `verification` (`verified` or
    ///   `partial`) and the provenance columns.
    /// * aliases: `alias level code name`, then `note` and the provenance columns: `alias`
    ///   becomes another name of the units with that level and code (and that name, if `name`
    ///   is not empty).
    /// * lineage: `old_code old_level new_code new_level is_partial gso_note`, then the
    ///   provenance columns: edges of the 2025-07-01 reform, from the version valid on
    ///   2025-06-30 to the one valid on 2025-07-01.
    ///
    /// Any other column is an error naming the expected ones (a misspelt `valid_form` would
    /// otherwise leave the unit valid at all times). Fields are separated by tabs, with no
    /// quoting, one per column; blank lines and lines starting with `#` are skipped.
    ///
    /// [`UnitType::vietnamese`]: crate::UnitType::vietnamese
    pub fn add_tsv_named(mut self, name: &str, reader: impl Read) -> Result<Builder, Error> {
        let t = Table::parse(name, reader)?;
        match t.kind {
            Kind::Units => self.rows.extend(parse_units(&t)?),
            Kind::Changes => self.changes.extend(parse_changes(&t)?),
            Kind::Aliases => self.aliases.extend(parse_aliases(&t)?),
            Kind::Lineage => self.edges.extend(parse_lineage(&t)?),
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
