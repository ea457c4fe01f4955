//! The official tables in the layout of the repository's `data/gazetteer/` folder.

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::Error;
use crate::format::EdgeKind;
use crate::types::{Level, Validity};
use crate::REFORM_2025;

use super::rows::{parse_aliases, parse_lineage, parse_units, EdgeRow, Ref, Row};
use super::table::{read_file, ALIAS_COLS, LINEAGE_COLS, UNIT_COLS};
use super::Builder;

impl Builder {
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
}
