//! The table of units, currencies and percent words (`data/units.tsv`, a copy of the editable
//! source `data/numdate/units.tsv` of the workspace).

use std::sync::OnceLock;

/// The embedded table (surface, code, kind, note), tab-separated, `#` comments.
pub const UNITS_TSV: &str = include_str!("../data/units.tsv");

/// What a unit word makes of the number before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Measure,
    Currency,
    Percent,
}

/// One row: the surface split into lookup keys (one per token of the surface), whether each
/// key is glued to the previous one (no space), its code and kind.
#[derive(Debug)]
pub(crate) struct Unit {
    pub(crate) keys: Vec<(String, bool)>,
    pub(crate) code: &'static str,
    pub(crate) kind: UnitKind,
}

/// The parsed table, sorted by first key and, for one first key, longest surfaces first (so
/// `đô la mỹ` wins over a shorter match).
pub(crate) fn units() -> &'static [Unit] {
    static UNITS: OnceLock<Vec<Unit>> = OnceLock::new();
    UNITS.get_or_init(|| {
        let mut out: Vec<Unit> = parse(UNITS_TSV).unwrap_or_default();
        out.sort_by(|a, b| {
            let first = |u: &Unit| u.keys.first().map(|(k, _)| k.clone()).unwrap_or_default();
            first(a)
                .cmp(&first(b))
                .then(b.keys.len().cmp(&a.keys.len()))
        });
        out
    })
}

/// The units whose surface starts with the lookup key `key`, longest first.
pub(crate) fn units_starting(key: &str) -> &'static [Unit] {
    let all = units();
    fn first(u: &Unit) -> &str {
        u.keys.first().map_or("", |(k, _)| k.as_str())
    }
    let from = all.partition_point(|u| first(u) < key);
    let to = from
        + all
            .get(from..)
            .unwrap_or(&[])
            .partition_point(|u| first(u) == key);
    all.get(from..to).unwrap_or(&[])
}

/// Parses the TSV; an error names the line.
pub(crate) fn parse(tsv: &'static str) -> Result<Vec<Unit>, crate::Error> {
    let mut out = Vec::new();
    let mut offset = 0usize;
    for line in tsv.split_inclusive('\n') {
        let here = offset;
        offset += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(surface), Some(code), Some(kind)) = (cols.next(), cols.next(), cols.next())
        else {
            return Err(crate::Error::expected(
                "surface, code and kind columns",
                here,
            ));
        };
        let kind = match kind {
            "measure" => UnitKind::Measure,
            "currency" => UnitKind::Currency,
            "percent" => UnitKind::Percent,
            _ => {
                return Err(crate::Error::expected(
                    "kind measure, currency or percent",
                    here,
                ))
            }
        };
        let mut keys = Vec::new();
        let mut prev_end = None;
        for t in hanhchinh_text::tokenize(surface) {
            let glued = prev_end == Some(t.start());
            keys.push((t.key().into_owned(), glued));
            prev_end = Some(t.end());
        }
        if keys.is_empty() {
            return Err(crate::Error::expected("a unit surface", here));
        }
        out.push(Unit { keys, code, kind });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses() {
        let all = parse(UNITS_TSV).unwrap();
        assert!(all
            .iter()
            .any(|u| u.code == "km2" && u.kind == UnitKind::Measure));
        assert!(all.iter().any(|u| u.code == "VND" && u.keys[0].0 == "đồng"));
        assert!(all
            .iter()
            .any(|u| u.kind == UnitKind::Percent && u.keys.len() == 2));
        assert_eq!(units().len(), all.len());
    }

    #[test]
    fn bad_rows_are_errors() {
        assert!(parse("ha\tha\n").is_err());
        assert!(parse("ha\tha\tweight\tx\n").is_err());
    }

    /// The embedded copy must equal the editable source when the workspace is present.
    #[test]
    fn embedded_copy_is_fresh() {
        let src = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/numdate/units.tsv");
        if let Ok(s) = std::fs::read_to_string(src) {
            assert_eq!(
                s, UNITS_TSV,
                "crates/hanhchinh-numdate/data/units.tsv is stale: \
                 cp data/numdate/units.tsv crates/hanhchinh-numdate/data/units.tsv"
            );
        }
    }
}
