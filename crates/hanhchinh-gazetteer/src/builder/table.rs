//! Reading a TSV table: its header decides what it holds ([`Kind`]); every row has one field per
//! column.

use std::io::Read;
use std::path::Path;

use crate::error::Error;

/// The fixed first columns of a units table (and of a change table).
pub(super) const UNIT_COLS: [&str; 6] = [
    "code",
    "name",
    "type",
    "level",
    "parent_code",
    "province_code",
];
/// The fixed first columns of an alias table.
pub(super) const ALIAS_COLS: [&str; 4] = ["alias", "level", "code", "name"];
/// The fixed first columns of a lineage table.
pub(super) const LINEAGE_COLS: [&str; 6] = [
    "old_code",
    "old_level",
    "new_code",
    "new_level",
    "is_partial",
    "gso_note",
];

/// Columns kept as provenance in any table: checked to be columns of the table, not compiled.
const PROVENANCE: [&str; 3] = ["source", "remark", "reason"];

/// The optional columns of a units table. `full_name` is checked against type and name;
/// `english_type`, `slug` and `alt_codes` are informational columns of the official tables.
const UNIT_OPTIONAL: [&str; 10] = [
    "valid_from",
    "valid_to",
    "name_variants",
    "status",
    "note",
    "decree",
    "full_name",
    "english_type",
    "slug",
    "alt_codes",
];

/// The other columns of a change table (`valid_from` and `change` required).
const CHANGE_OPTIONAL: [&str; 7] = [
    "valid_from",
    "change",
    "name_variants",
    "note",
    "resolution",
    "decree",
    "verification",
];

const ALIAS_OPTIONAL: [&str; 1] = ["note"];
const LINEAGE_OPTIONAL: [&str; 0] = [];

/// What a table holds, decided by its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Unit versions: `code name type level parent_code province_code` + optional columns.
    Units,
    /// Changes of existing units from a date: a units header with `valid_from` and `change`.
    Changes,
    /// Other names of units: `alias level code name`.
    Aliases,
    /// Lineage edges of the 2025 reform: `old_code old_level new_code new_level is_partial
    /// gso_note`.
    Lineage,
}

impl Kind {
    fn fixed(self) -> &'static [&'static str] {
        match self {
            Kind::Units | Kind::Changes => &UNIT_COLS,
            Kind::Aliases => &ALIAS_COLS,
            Kind::Lineage => &LINEAGE_COLS,
        }
    }

    fn optional(self) -> &'static [&'static str] {
        match self {
            Kind::Units => &UNIT_OPTIONAL,
            Kind::Changes => &CHANGE_OPTIONAL,
            Kind::Aliases => &ALIAS_OPTIONAL,
            Kind::Lineage => &LINEAGE_OPTIONAL,
        }
    }

    /// `a units table`, … (for messages).
    pub(super) fn article(self) -> &'static str {
        match self {
            Kind::Units => "a units table",
            Kind::Changes => "a change table",
            Kind::Aliases => "an alias table",
            Kind::Lineage => "a lineage table",
        }
    }

    /// The columns the kind accepts after its fixed ones, as shown in messages.
    fn others(self) -> String {
        let mut v: Vec<&str> = self.optional().to_vec();
        v.extend(PROVENANCE);
        v.join(" ")
    }
}

/// A parsed TSV table: its kind, header names and rows of fields with their line numbers.
pub(super) struct Table {
    pub(super) name: String,
    pub(super) kind: Kind,
    pub(super) header: Vec<String>,
    pub(super) rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    /// Reads a whole table: UTF-8 (a BOM is skipped), tab-separated, the first line is the
    /// header; blank lines and lines starting with `#` are skipped; every row has exactly one
    /// field per column.
    pub(super) fn parse(name: &str, mut reader: impl Read) -> Result<Table, Error> {
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
        let header: Vec<String> =
            match lines.next() {
                Some((_, h)) if !h.trim().is_empty() => h
                    .trim_end_matches('\r')
                    .split('\t')
                    .map(|s| s.trim().to_string())
                    .collect(),
                _ => return Err(Error::header(
                    name,
                    1,
                    "empty table: the first line is the header, with the columns separated by tabs",
                )),
            };
        let kind = kind_of(name, &header)?;
        let mut rows = Vec::new();
        for (i, line) in lines {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<String> = line.split('\t').map(|s| s.trim().to_string()).collect();
            if fields.len() != header.len() {
                return Err(Error::row(
                    name,
                    i + 1,
                    fields.len().min(header.len()) + 1,
                    format!(
                        "{} fields, the header has {} columns (fields are separated by tabs, \
                         one per column, empty ones included)",
                        fields.len(),
                        header.len()
                    ),
                ));
            }
            rows.push((i + 1, fields));
        }
        Ok(Table {
            name: name.to_string(),
            kind,
            header,
            rows,
        })
    }

    /// The index of a column.
    pub(super) fn col(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }

    /// An error unless the table is of kind `want` (for the files of the official layout).
    pub(super) fn expect(&self, want: Kind) -> Result<(), Error> {
        if self.kind == want {
            return Ok(());
        }
        Err(Error::header(
            &self.name,
            1,
            format!(
                "expected {} (`{}` then any of `{}`), found {}",
                want.article(),
                want.fixed().join(" "),
                want.others(),
                self.kind.article()
            ),
        ))
    }
}

/// The kind of a table from its header, or an error at the first wrong column that names the
/// expected ones.
fn kind_of(name: &str, header: &[String]) -> Result<Kind, Error> {
    for (i, h) in header.iter().enumerate() {
        if h.is_empty() {
            return Err(Error::header(name, i + 1, "empty column name"));
        }
        if header.iter().take(i).any(|g| g == h) {
            return Err(Error::header(name, i + 1, format!("column `{h}` twice")));
        }
    }
    let kinds = [Kind::Units, Kind::Aliases, Kind::Lineage];
    let agree = |k: Kind| {
        k.fixed()
            .iter()
            .zip(header)
            .take_while(|(a, b)| **a == b.as_str())
            .count()
    };
    let Some(&best) = kinds.iter().max_by_key(|k| (agree(**k), k.fixed().len())) else {
        return Err(Error::header(name, 1, "no table kind"));
    };
    let n = agree(best);
    if n < best.fixed().len() {
        let expected = "a table starts with `code name type level parent_code province_code` \
                        (units), `alias level code name` (aliases) or `old_code old_level \
                        new_code new_level is_partial gso_note` (lineage), separated by tabs";
        if header.len() < 4 {
            if let Some(sep) = [',', ';', '|', ' ']
                .into_iter()
                .find(|c| header.iter().any(|h| h.contains(*c)))
            {
                return Err(Error::header(
                    name,
                    1,
                    format!("columns are separated by tabs, not `{sep}`: {expected}"),
                ));
            }
        }
        if n == 0 {
            return Err(Error::header(
                name,
                1,
                format!("unknown header: {expected}"),
            ));
        }
        let want = best.fixed().get(n).copied().unwrap_or_default();
        let got = header.get(n).map_or("", String::as_str);
        let what = if got.is_empty() {
            format!("column {} is missing", n + 1)
        } else {
            format!("column {} is `{got}`", n + 1)
        };
        return Err(Error::header(
            name,
            n + 1,
            format!(
                "{what}, expected `{want}`: {} starts with `{}`, separated by tabs",
                best.article(),
                best.fixed().join(" ")
            ),
        ));
    }
    let kind = if best == Kind::Units && header.iter().any(|h| h == "change") {
        Kind::Changes
    } else {
        best
    };
    for (i, h) in header.iter().enumerate().skip(n) {
        if kind.optional().contains(&h.as_str()) || PROVENANCE.contains(&h.as_str()) {
            continue;
        }
        let known: Vec<&str> = kind.optional().iter().chain(&PROVENANCE).copied().collect();
        let hint = nearest(h, &known)
            .or_else(|| nearest(h, kind.fixed()))
            .or_else(|| {
                (kind == Kind::Units)
                    .then(|| nearest(h, &CHANGE_OPTIONAL))
                    .flatten()
            })
            .map(|m| format!(" (did you mean `{m}`?)"))
            .unwrap_or_default();
        let change_only = ["change", "resolution", "verification"];
        let extra = if kind == Kind::Units
            && (change_only.contains(&h.as_str()) || nearest(h, &change_only).is_some())
        {
            " (with a `change` column, the table is a change table)"
        } else {
            ""
        };
        return Err(Error::header(
            name,
            i + 1,
            format!(
                "unknown column `{h}`{hint}: after `{}`, {} takes the columns `{}`{extra}, \
                 separated by tabs",
                kind.fixed().join(" "),
                kind.article(),
                kind.others()
            ),
        ));
    }
    if kind == Kind::Changes && !header.iter().any(|h| h == "valid_from") {
        return Err(Error::header(
            name,
            header.len() + 1,
            "a change table needs a `valid_from` column: the date from which the change holds",
        ));
    }
    Ok(kind)
}

/// The candidate nearest to `s` if it is a plausible misspelling (at most two edits, a third
/// of the length).
fn nearest<'a>(s: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (edit_distance(s, c), *c))
        .filter(|(d, c)| *d <= 2 && *d * 3 <= c.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Optimal string alignment distance (insertions, deletions, substitutions, adjacent
/// transpositions) between two short strings.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for (i, row) in d.chunks_mut(w).enumerate() {
        for (j, cell) in row.iter_mut().enumerate() {
            *cell = if i == 0 {
                j
            } else if j == 0 {
                i
            } else {
                0
            };
        }
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let at = |i: usize, j: usize| d.get(i * w + j).copied().unwrap_or(usize::MAX / 2);
            let (ca, cb) = (a.get(i - 1), b.get(j - 1));
            let cost = usize::from(ca != cb);
            let mut v = (at(i - 1, j) + 1)
                .min(at(i, j - 1) + 1)
                .min(at(i - 1, j - 1) + cost);
            if i > 1 && j > 1 && ca == b.get(j - 2) && a.get(i - 2) == cb {
                v = v.min(at(i - 2, j - 2) + 1);
            }
            if let Some(cell) = d.get_mut(i * w + j) {
                *cell = v;
            }
        }
    }
    d.last().copied().unwrap_or(0)
}

/// The field at index `i`, or `""`.
pub(super) fn field(fields: &[String], i: Option<usize>) -> &str {
    i.and_then(|i| fields.get(i)).map_or("", String::as_str)
}

/// Reads `dir/name`.
pub(super) fn read_file(dir: &Path, name: &str) -> Result<Table, Error> {
    let path = dir.join(name);
    let file = std::fs::File::open(&path).map_err(|e| Error::io(&path.display().to_string(), e))?;
    Table::parse(&path.display().to_string(), file)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header_error(h: &str) -> String {
        match Table::parse("t.tsv", format!("{h}\n").as_bytes()) {
            Ok(t) => panic!("accepted as {:?}", t.kind),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn kinds_from_headers() {
        let kind = |h: &str| Table::parse("t", h.as_bytes()).unwrap().kind;
        assert_eq!(
            kind("code\tname\ttype\tlevel\tparent_code\tprovince_code\tvalid_from"),
            Kind::Units
        );
        assert_eq!(
            kind("code\tname\ttype\tlevel\tparent_code\tprovince_code\tvalid_from\tchange"),
            Kind::Changes
        );
        assert_eq!(kind("alias\tlevel\tcode\tname\treason"), Kind::Aliases);
        assert_eq!(
            kind("old_code\told_level\tnew_code\tnew_level\tis_partial\tgso_note\tremark"),
            Kind::Lineage
        );
    }

    #[test]
    fn misspelt_and_unknown_columns() {
        let e = header_error("code\tname\ttype\tlevel\tparent_code\tprovince_code\tvalid_form");
        assert!(e.starts_with("t.tsv:1:7: bad header: unknown column `valid_form` (did you mean `valid_from`?): after `code name type level parent_code province_code`, a units table takes the columns `valid_from valid_to"), "{e}");
        assert!(e.ends_with("separated by tabs"), "{e}");
        let e = header_error("code\tname\ttype\tlevel\tparent\tprovince_code");
        assert!(
            e.starts_with("t.tsv:1:5: bad header: column 5 is `parent`, expected `parent_code`"),
            "{e}"
        );
        let e = header_error("code,name,type,level,parent_code,province_code");
        assert!(e.contains("separated by tabs, not `,`"), "{e}");
        let e = header_error("code\tname\ttype\tlevel\tparent_code\tprovince_code\tnote\tnote");
        assert!(
            e.starts_with("t.tsv:1:8: bad header: column `note` twice"),
            "{e}"
        );
        let e = header_error("code\tname\ttype\tlevel\tparent_code\tprovince_code\tchange");
        assert!(e.contains("needs a `valid_from` column"), "{e}");
        let e = header_error("code\tname\ttype\tlevel\tparent_code\tprovince_code\tverification");
        assert!(e.contains("is a change table"), "{e}");
    }

    #[test]
    fn field_counts_name_both() {
        let t = "alias\tlevel\tcode\tname\nHN\tprovince\t01\n";
        let e = Table::parse("a.tsv", t.as_bytes()).err().unwrap();
        assert_eq!(
            e.to_string(),
            "a.tsv:2:4: bad row: 3 fields, the header has 4 columns (fields are separated by \
             tabs, one per column, empty ones included)"
        );
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance("valid_form", "valid_from"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(nearest("varients", &["name_variants", "status"]), None);
        assert_eq!(
            nearest("name_varients", &["name_variants"]),
            Some("name_variants")
        );
    }
}
