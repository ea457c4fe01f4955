//! Reading a TSV table: header, rows of fields with their line numbers.

use std::io::Read;
use std::path::Path;

use crate::error::Error;

/// A parsed TSV table: header names and rows of fields with their line numbers.
pub(super) struct Table {
    pub(super) name: String,
    pub(super) header: Vec<String>,
    pub(super) rows: Vec<(usize, Vec<String>)>,
}

impl Table {
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

    pub(super) fn col(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }

    pub(super) fn starts_with(&self, cols: &[&str]) -> bool {
        self.header.len() >= cols.len() && self.header.iter().zip(cols).all(|(h, c)| h == c)
    }
}

pub(super) fn field(fields: &[String], i: Option<usize>) -> &str {
    i.and_then(|i| fields.get(i)).map_or("", String::as_str)
}

pub(super) const UNIT_COLS: [&str; 6] = [
    "code",
    "name",
    "type",
    "level",
    "parent_code",
    "province_code",
];
pub(super) const ALIAS_COLS: [&str; 4] = ["alias", "level", "code", "name"];
pub(super) const LINEAGE_COLS: [&str; 6] = [
    "old_code",
    "old_level",
    "new_code",
    "new_level",
    "is_partial",
    "gso_note",
];

pub(super) fn read_file(dir: &Path, name: &str) -> Result<Table, Error> {
    let path = dir.join(name);
    let file = std::fs::File::open(&path).map_err(|e| Error::io(&path.display().to_string(), e))?;
    Table::parse(&path.display().to_string(), file)
}
