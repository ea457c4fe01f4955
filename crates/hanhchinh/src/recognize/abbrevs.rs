//! Legal references and abbreviations (`hanhchinh-abbrev`) as entities, in the document's
//! context.

use hanhchinh_abbrev::{Condition, Context, Level, Mention, ProvinceKind};
use hanhchinh_text::Doc;

use super::Place;
use crate::analyzer::Analyzer;
use crate::entity::{Entity, EntityKind, Fields};
use crate::era::DocumentDate;

/// The abbreviation context of a document: the province kind its units (or, when they do not
/// decide, its words `quận`/`tỉnh`; when these do not either, a province) point to, whether it
/// is about a district or a commune, its year, and its unit names.
pub(crate) fn context(doc: &Doc<'_>, places: &[Place], date: &DocumentDate) -> Context {
    let (mut city, mut prov) = (0usize, 0usize);
    for p in places {
        let w = if p.typed { 2 } else { 1 };
        match p.central {
            Some(true) => city += w,
            Some(false) => prov += w,
            None => {}
        }
    }
    if city == prov {
        // No unit decides: the words do. `quận` (urban district, only in centrally-run cities
        // before 2025) and `Quận ủy` against `tỉnh`, `Tỉnh ủy`.
        for i in 0..doc.len() {
            match doc.key(i) {
                "quận" => city += 1,
                "tỉnh" => prov += 1,
                _ => {}
            }
        }
    }
    // Where neither decides, a province: Vietnam has 58 provinces and 5 centrally-run cities
    // before the 2025 reform, 28 and 6 after it (`TUV` alone is far more often `Tỉnh ủy viên`).
    let kind = if city > prov {
        ProvinceKind::CentralCity
    } else {
        ProvinceKind::Province
    };
    let mut ctx = Context::new().province_kind(kind);
    if places.iter().any(|p| p.district_or_below) {
        ctx = ctx.level(Level::District);
    }
    if let Some(y) = date.date().and_then(|d| d.year()) {
        ctx = ctx.year(i32::from(y));
    }
    let mut names: Vec<&str> = places.iter().filter_map(|p| p.name.as_deref()).collect();
    names.sort_unstable();
    names.dedup();
    for n in names {
        ctx = ctx.unit_name(n);
    }
    ctx
}

/// Pushes the legal references and the abbreviations the analyzer wants; returns the
/// abbreviation mentions (the person rule reads titles through them).
pub(crate) fn push<'a>(
    a: &Analyzer,
    doc: &Doc<'a>,
    ctx: &Context,
    places: &[Place],
    out: &mut Vec<Entity<'a>>,
) -> Vec<Mention<'a, 'static>> {
    if a.wants(EntityKind::LegalRef) {
        for r in hanhchinh_abbrev::find_legal_refs_in_doc(doc, ctx) {
            let fields = Fields::LegalRef {
                doc_type: r.doc_type().to_string(),
                number: r.number().to_string(),
                issuer: r.issuer().map(str::to_string),
                date: r.date(),
            };
            out.extend(Entity::new(doc.text(), r.span(), fields));
        }
    }
    if !(a.wants(EntityKind::Abbrev) || a.wants(EntityKind::Person)) {
        return Vec::new();
    }
    let mentions = hanhchinh_abbrev::find_in_doc(doc, ctx);
    if !a.wants(EntityKind::Abbrev) {
        return mentions;
    }
    // Units written with their type word, by start: an undecided abbreviation that opens one
    // (`TP Hà Nội`) is read as the place word (`Thành phố`).
    let mut typed: Vec<(usize, usize)> = places
        .iter()
        .filter(|p| p.typed)
        .map(|p| (p.span.start, p.span.end))
        .collect();
    typed.sort_unstable();
    for m in &mentions {
        let span = m.span();
        let k = typed.partition_point(|p| p.0 < span.start);
        let in_unit = typed
            .get(k..)
            .unwrap_or_default()
            .iter()
            .take_while(|p| p.0 == span.start)
            .any(|p| span.end < p.1);
        let place = || {
            m.candidates()
                .iter()
                .find(|c| c.condition() == Condition::Place)
        };
        let chosen = match m.expansion() {
            Some(e) => Some(e.to_string()),
            None if in_unit => place()
                .or_else(|| m.candidates().first())
                .map(|c| c.expansion().to_string()),
            None => m.candidates().first().map(|c| c.expansion().to_string()),
        };
        if let Some(expansion) = chosen {
            let fields = Fields::Abbrev {
                expansion: a.styled(&expansion),
            };
            out.extend(Entity::new(doc.text(), span, fields));
        }
    }
    mentions
}
