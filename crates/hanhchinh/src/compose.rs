//! Composition: what only the facade can do, because it needs the findings of several
//! recognizers at once.
//!
//! 1. The gazetteer finds the document's administrative units first. Their provinces decide the
//!    abbreviation context ([`hanhchinh_abbrev::Context`]): a centrally-run city (`TUV` =
//!    `Thành ủy viên`) or a province (`Tỉnh ủy viên`). When no unit is resolved, the party
//!    bodies written decide: `Quận ủy` or the type word `quận` (urban districts existed only in
//!    centrally-run cities) against `Tỉnh ủy` or `tỉnh`.
//! 2. Numbers, dates and the rest come from `hanhchinh-numdate`, legal references and
//!    abbreviations from `hanhchinh-abbrev`, in that context.
//! 3. Persons are found here (see [`crate::person`]), with their titles expanded in the same
//!    context.
//! 4. The findings are merged by the overlap rule of [`merge`].

use hanhchinh_text::Doc;

use crate::analyzer::{Analyzer, Day};
#[cfg(any(feature = "numdate", feature = "abbrev", feature = "gazetteer"))]
use crate::entity::Fields;
use crate::entity::{Entity, EntityKind};

/// One administrative-unit finding, kept for context and for the person rule.
#[derive(Clone, Debug)]
#[cfg_attr(not(feature = "abbrev"), allow(dead_code))]
pub(crate) struct Place {
    pub(crate) span: std::ops::Range<usize>,
    pub(crate) typed: bool,
    /// `Some(true)` centrally-run city, `Some(false)` province, `None` unknown.
    pub(crate) central: Option<bool>,
    pub(crate) name: Option<String>,
    pub(crate) district_or_below: bool,
}

pub(crate) fn run<'a>(a: &Analyzer, doc: &Doc<'a>, date: Option<Day>) -> Vec<Entity<'a>> {
    let (text, tokens) = (doc.text(), doc.tokens());
    // Every entity covers tokens: an empty or blank document (a blank line of a file read one
    // document per line) has none, and needs none of the recognizers' set-up.
    if tokens.is_empty() {
        return Vec::new();
    }
    #[allow(unused_mut)]
    let mut out: Vec<Entity<'a>> = Vec::new();
    #[allow(unused_mut)]
    let mut places: Vec<Place> = Vec::new();

    #[cfg(feature = "gazetteer")]
    let gazetteer: &hanhchinh_gazetteer::Gazetteer = match &a.gazetteer {
        Some(g) => g,
        None => hanhchinh_gazetteer::global(),
    };
    #[cfg(feature = "gazetteer")]
    let find_opts = find_options(date);
    #[cfg(feature = "gazetteer")]
    let mentions = if a.wants(EntityKind::AdminUnit)
        || a.wants(EntityKind::Person)
        || a.wants(EntityKind::Abbrev)
    {
        let m = gazetteer.find_in_doc(doc, &find_opts);
        units(a, gazetteer, text, &m, &mut out, &mut places);
        m
    } else {
        Vec::new()
    };

    #[cfg(feature = "numdate")]
    if a.kinds().any_number_like() {
        numbers(a, doc, date, &mut out);
    }

    #[cfg(feature = "abbrev")]
    if a.wants(EntityKind::LegalRef) || a.wants(EntityKind::Abbrev) || a.wants(EntityKind::Person) {
        #[allow(unused_mut)]
        let mut ctx = context(doc, &places, date);
        #[cfg(feature = "gazetteer")]
        source_tag(gazetteer, doc, &mentions, &find_opts, &mut ctx);
        if a.wants(EntityKind::LegalRef) {
            for r in hanhchinh_abbrev::find_legal_refs_in_doc(doc, &ctx) {
                let fields = Fields::LegalRef {
                    doc_type: r.doc_type().to_string(),
                    number: r.number().to_string(),
                    issuer: r.issuer().map(str::to_string),
                    date: r.date().map(|d| d.iso()),
                };
                out.extend(Entity::new(text, r.span(), EntityKind::LegalRef, fields));
            }
        }
        // The abbreviations, found once: entities, and the titles of persons.
        let mentions = if a.wants(EntityKind::Abbrev) || a.wants(EntityKind::Person) {
            hanhchinh_abbrev::find_in_doc(doc, &ctx)
        } else {
            Vec::new()
        };
        if a.wants(EntityKind::Abbrev) {
            for m in &mentions {
                // Undecided by the abbreviation crate: a mention that opens an administrative
                // unit the gazetteer found (`TP Hà Nội`) is read as a place word (`Thành phố`);
                // otherwise the first candidate of the lexicon.
                let in_unit = places.iter().any(|p| {
                    p.typed && p.span.start == m.span().start && m.span().end < p.span.end
                });
                let place = || {
                    m.candidates()
                        .iter()
                        .find(|c| c.condition() == hanhchinh_abbrev::Condition::Place)
                };
                let chosen = match m.expansion() {
                    Some(e) => Some(e.to_string()),
                    None if in_unit => place()
                        .or_else(|| m.candidates().first())
                        .map(|c| c.expansion().to_string()),
                    None => m.candidates().first().map(|c| c.expansion().to_string()),
                };
                let Some(expansion) = chosen else {
                    continue;
                };
                let fields = Fields::Abbrev {
                    expansion: a.styled(&expansion),
                };
                out.extend(Entity::new(text, m.span(), EntityKind::Abbrev, fields));
            }
        }
        if a.wants(EntityKind::Person) {
            #[cfg(feature = "gazetteer")]
            let is_district = |name: &str| gazetteer.is_bare_place_name(name);
            #[cfg(not(feature = "gazetteer"))]
            let is_district = |_: &str| false;
            let person_places: Vec<hanhchinh_persons::Place> = places
                .iter()
                .map(|p| hanhchinh_persons::Place::new(p.span.clone(), p.typed))
                .collect();
            let pctx = hanhchinh_persons::Context::default()
                .abbrev(&ctx)
                .mentions(&mentions)
                .places(&person_places)
                .unit_names(&is_district);
            for p in hanhchinh_persons::find(doc, &pctx) {
                let titles = p.titles().iter().map(|t| a.styled(t)).collect();
                out.extend(Entity::new(
                    text,
                    p.span(),
                    EntityKind::Person,
                    Fields::Person { titles },
                ));
            }
        }
    }
    let _ = (a, text, &places, tokens, date);
    merge(out)
}

/// The overlap rule, applied once to everything found:
///
/// * Number-like entities (number, percent, money, quantity, fraction, range, date, time,
///   date_range) never overlap each other (`hanhchinh-numdate` reports a text once), and one
///   lying inside a legal reference is the reference's own number and is dropped (the date
///   written after a reference stays: it is outside the reference's span).
/// * A bare-name administrative unit that overlaps a person is dropped (the person rule has
///   already kept only persons with titles or in a byline there); typed units are never
///   overlapped by persons.
/// * Other kinds may overlap anything (an abbreviation inside a person's titles, a unit inside
///   a title). Exact duplicates (same kind and span) are kept once.
///
/// The result is sorted by start, longer first, then by kind.
pub(crate) fn merge(mut v: Vec<Entity<'_>>) -> Vec<Entity<'_>> {
    let refs: Vec<(usize, usize)> = v
        .iter()
        .filter(|e| e.kind == EntityKind::LegalRef)
        .map(|e| (e.start, e.end))
        .collect();
    let persons: Vec<(usize, usize)> = v
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| (e.start, e.end))
        .collect();
    v.retain(|e| {
        if e.kind.is_number_like() {
            return !refs.iter().any(|&(s, t)| s <= e.start && e.end <= t);
        }
        true
    });
    v.retain(|e| {
        if e.kind == EntityKind::AdminUnit && is_bare(e) {
            return !persons.iter().any(|&(s, t)| s < e.end && e.start < t);
        }
        true
    });
    v.sort_by(|x, y| {
        x.start
            .cmp(&y.start)
            .then(y.end.cmp(&x.end))
            .then(x.kind.cmp(&y.kind))
    });
    v.dedup_by(|x, y| x.kind == y.kind && x.start == y.start && x.end == y.end);
    v
}

/// Whether an admin_unit entity was written without its type word (its text is its name).
fn is_bare(e: &Entity<'_>) -> bool {
    #[cfg(feature = "gazetteer")]
    if let Fields::AdminUnit { name, .. } = &e.fields {
        return hanhchinh_text::fold(e.text).trim() == hanhchinh_text::fold(name).trim();
    }
    let _ = e;
    false
}

#[cfg(feature = "numdate")]
fn numbers<'a>(a: &Analyzer, doc: &Doc<'a>, date: Option<Day>, out: &mut Vec<Entity<'a>>) {
    let text = doc.text();
    use crate::entity::Num;
    use hanhchinh_numdate::{Kind, Value};
    let mut opts = hanhchinh_numdate::Options::new();
    opts.reference_date = date.and_then(|d| {
        let (m, dd) = (i8::try_from(d.month()).ok()?, i8::try_from(d.day()).ok()?);
        hanhchinh_numdate::PartialDate::ymd(d.year(), m, dd).ok()
    });
    let num = |d: &hanhchinh_numdate::Decimal| Num::new(&d.to_string());
    for item in hanhchinh_numdate::find_in_doc(doc, &opts) {
        let kind = match item.kind() {
            Kind::Number => EntityKind::Number,
            Kind::Percent => EntityKind::Percent,
            Kind::Money => EntityKind::Money,
            Kind::Quantity => EntityKind::Quantity,
            Kind::Fraction => EntityKind::Fraction,
            Kind::Range => EntityKind::Range,
            Kind::Date => EntityKind::Date,
            Kind::Time => EntityKind::Time,
            Kind::DateRange => EntityKind::DateRange,
            _ => continue,
        };
        if !a.wants(kind) {
            continue;
        }
        let fields = match item.value() {
            Value::Number { value, .. } | Value::Percent { value } => {
                num(value).map(|value| Fields::Value { value })
            }
            Value::Money { value, currency } => num(value).map(|value| Fields::Money {
                value,
                currency: (*currency).to_string(),
            }),
            Value::Quantity { value, unit } => num(value).map(|value| Fields::Quantity {
                value,
                unit: (*unit).to_string(),
            }),
            Value::Fraction {
                numerator,
                denominator,
            } => num(numerator)
                .zip(num(denominator))
                .map(|(numerator, denominator)| Fields::Fraction {
                    numerator,
                    denominator,
                }),
            Value::Range { from, to, unit } => {
                num(from).zip(num(to)).map(|(from, to)| Fields::Range {
                    from,
                    to,
                    unit: unit.map(str::to_string),
                })
            }
            Value::Date { value } => Some(Fields::Text { value: value.iso() }),
            Value::Time { value } => Some(Fields::Text {
                value: value.to_string(),
            }),
            Value::DateRange { from, to } => Some(Fields::DateRange {
                from: from.iso(),
                to: to.iso(),
            }),
            _ => None,
        };
        if let Some(fields) = fields {
            out.extend(Entity::new(text, item.span(), kind, fields));
        }
    }
}

/// The gazetteer's date (`jiff::civil::Date`) of a reference day.
#[cfg(feature = "gazetteer")]
fn gazetteer_date(d: Day) -> Option<hanhchinh_gazetteer::Date> {
    let m = i8::try_from(d.month()).ok()?;
    let day = i8::try_from(d.day()).ok()?;
    hanhchinh_gazetteer::Date::new(d.year(), m, day).ok()
}

/// The gazetteer's options for a document of day `date` (the reference date it was given).
#[cfg(feature = "gazetteer")]
fn find_options(date: Option<Day>) -> hanhchinh_gazetteer::FindOptions {
    use hanhchinh_gazetteer::{DateSource, FindOptions};
    match date.and_then(gazetteer_date) {
        Some(d) => FindOptions::new().as_of(d, DateSource::Given),
        None => FindOptions::new(),
    }
}

/// The gazetteer's mentions as entities (and places, for the context and the person rule).
#[cfg(feature = "gazetteer")]
fn units<'a, 'g>(
    a: &Analyzer,
    g: &'g hanhchinh_gazetteer::Gazetteer,
    text: &'a str,
    mentions: &[hanhchinh_gazetteer::Mention<'a, 'g>],
    out: &mut Vec<Entity<'a>>,
    places: &mut Vec<Place>,
) {
    use crate::entity::Successor;
    use hanhchinh_gazetteer::{Level, Unit, REFORM_2025};
    let lvl = |u: &Unit<'_>| match u.level() {
        Level::Province => "province",
        Level::District => "district",
        Level::Commune => "commune",
        _ => "village",
    };
    for m in mentions {
        let cands = m.resolution.candidates();
        let Some(first) = cands.first() else {
            continue;
        };
        let resolved = m.unit();
        let province_of = |u: &Unit<'_>| u.province().map(|p| p.name().to_string());
        let central_of = |u: &Unit<'_>| u.province().map(|p| p.is_centrally_run_city());
        // Fields every candidate agrees on; the code only when resolved.
        let same = |f: &dyn Fn(&Unit<'_>) -> Option<String>| {
            let v = f(first);
            cands.iter().all(|c| f(c) == v).then_some(v).flatten()
        };
        let name = same(&|u| Some(u.name().to_string()));
        let utype = same(&|u| Some(u.unit_type().vietnamese().to_string()));
        let level = same(&|u| Some(lvl(u).to_string()));
        let province = same(&province_of);
        let central = {
            let v = central_of(first);
            cands
                .iter()
                .all(|c| central_of(c) == v)
                .then_some(v)
                .flatten()
        };
        places.push(Place {
            span: m.span.clone(),
            typed: m.is_typed(),
            central,
            name: name.clone(),
            district_or_below: matches!(first.level(), Level::District | Level::Commune)
                && cands.iter().all(|c| c.level() == first.level()),
        });
        if !a.wants(EntityKind::AdminUnit) {
            continue;
        }
        let (Some(name), Some(unit_type), Some(level)) = (name, utype, level) else {
            continue;
        };
        let successors = resolved.and_then(|u| {
            let ended = u.validity().to.is_some_and(|to| to <= REFORM_2025);
            if !ended {
                return None;
            }
            if let Some(s) = a.successors.get(u.id()) {
                return Some(s);
            }
            let s: Vec<Successor> = g
                .successors_on(u, REFORM_2025)
                .into_iter()
                .map(|s| Successor {
                    code: s.unit.code().to_string(),
                    name: a.styled(s.unit.name()),
                    unit_type: s.unit.unit_type().vietnamese().to_string(),
                    partial: s.partial,
                })
                .collect();
            a.successors.put(u.id(), &s);
            Some(s)
        });
        let fields = Fields::AdminUnit {
            name: a.styled(&name),
            unit_type,
            level,
            province: province.map(|p| a.styled(&p)),
            code: resolved.map(|u| u.code().to_string()),
            successors,
        };
        out.extend(Entity::new(
            text,
            m.span.clone(),
            EntityKind::AdminUnit,
            fields,
        ));
    }
}

/// Successors by unit, shared by the clones of an analyzer (and its threads); cleared when it
/// grows past `SuccessorCache::MAX` units.
#[cfg(feature = "gazetteer")]
#[derive(Debug, Default)]
pub(crate) struct SuccessorCache(
    std::sync::Mutex<
        std::collections::HashMap<hanhchinh_gazetteer::UnitId, Vec<crate::entity::Successor>>,
    >,
);

#[cfg(feature = "gazetteer")]
impl SuccessorCache {
    const MAX: usize = 1 << 16;

    fn get(&self, id: hanhchinh_gazetteer::UnitId) -> Option<Vec<crate::entity::Successor>> {
        self.0.lock().ok()?.get(&id).cloned()
    }

    fn put(&self, id: hanhchinh_gazetteer::UnitId, s: &[crate::entity::Successor]) {
        if let Ok(mut m) = self.0.lock() {
            if m.len() >= Self::MAX {
                m.clear();
            }
            m.insert(id, s.to_vec());
        }
    }
}

/// A source tag opening the document (`(NTL) Sáng ngày 18/5, …`) names the district it comes
/// from by its initials (see `Gazetteer::source_tag`): its name joins the context, so that
/// `hanhchinh-abbrev` expands the tag.
#[cfg(all(feature = "gazetteer", feature = "abbrev"))]
fn source_tag(
    g: &hanhchinh_gazetteer::Gazetteer,
    doc: &Doc<'_>,
    mentions: &[hanhchinh_gazetteer::Mention<'_, '_>],
    opts: &hanhchinh_gazetteer::FindOptions,
    ctx: &mut hanhchinh_abbrev::Context,
) {
    use hanhchinh_abbrev::ProvinceKind;
    let central = match ctx.province_kind {
        ProvinceKind::CentralCity => Some(true),
        ProvinceKind::Province => Some(false),
        _ => None,
    };
    if let Some(u) = g.source_tag(doc, mentions, opts, central) {
        ctx.unit_names.push(u.name().to_string());
    }
}

/// The abbreviation context of a document, from its places and party bodies.
#[cfg(feature = "abbrev")]
pub(crate) fn context(
    doc: &Doc<'_>,
    places: &[Place],
    date: Option<Day>,
) -> hanhchinh_abbrev::Context {
    use hanhchinh_abbrev::{Context, Level, ProvinceKind};
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
        let (mut q, mut t) = (0usize, 0usize);
        for i in 0..doc.len() {
            match doc.key(i) {
                "quận" => q += 1,
                "tỉnh" => t += 1,
                _ => {}
            }
        }
        city += q;
        prov += t;
    }
    let mut ctx = Context::new();
    if city > prov {
        ctx = ctx.province_kind(ProvinceKind::CentralCity);
    } else if prov > city {
        ctx = ctx.province_kind(ProvinceKind::Province);
    }
    if places.iter().any(|p| p.district_or_below) {
        ctx = ctx.level(Level::District);
    }
    if let Some(d) = date {
        ctx = ctx.year(i32::from(d.year()));
    }
    let mut seen: Vec<&str> = Vec::new();
    for p in places {
        if let Some(n) = p.name.as_deref() {
            if !seen.contains(&n) {
                seen.push(n);
                ctx = ctx.unit_name(n);
            }
        }
    }
    ctx
}
