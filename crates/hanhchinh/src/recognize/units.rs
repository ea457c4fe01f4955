//! Administrative units (`hanhchinh-gazetteer`) as entities, read at the document's date; and
//! the places the other recognizers need.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use hanhchinh_gazetteer::{
    DateSource, FindOptions, Gazetteer, Level, Mention, Unit, UnitId, REFORM_2025,
};
use hanhchinh_text::Doc;

use super::Place;
use crate::analyzer::Analyzer;
use crate::entity::{AdminUnit, Entity, EntityKind, Fields, Successor, UnitCode};
use crate::era::{DateReason, DocumentDate};

/// The units found in a document: the gazetteer's mentions (for the source tag) and the places.
#[cfg_attr(not(feature = "abbrev"), allow(dead_code))]
pub(crate) struct Units<'a, 'g> {
    pub(crate) mentions: Vec<Mention<'a, 'g>>,
    pub(crate) options: FindOptions,
    pub(crate) places: Vec<Place>,
}

/// The gazetteer's options for a document read at `date`.
fn options(date: &DocumentDate) -> FindOptions {
    let source = match date.reason() {
        DateReason::Given => DateSource::Given,
        DateReason::Written => DateSource::Written,
        DateReason::ReformVocabulary => DateSource::Cue,
        _ => DateSource::Other,
    };
    match date.day() {
        Some(d) => FindOptions::new().as_of(d, source),
        None => FindOptions::new(),
    }
}

/// Finds the units of `doc` (when units, persons or abbreviations are wanted: the last two
/// need the places) and pushes the admin_unit entities.
pub(crate) fn find<'a, 'g>(
    a: &'g Analyzer,
    doc: &Doc<'a>,
    date: &DocumentDate,
    items: &[hanhchinh_numdate::Item<'_>],
    out: &mut Vec<Entity<'a>>,
) -> Units<'a, 'g> {
    let options = options(date);
    let wanted = [
        EntityKind::AdminUnit,
        EntityKind::Person,
        EntityKind::Abbrev,
    ];
    if !wanted.into_iter().any(|k| a.wants(k)) {
        return Units {
            mentions: Vec::new(),
            options,
            places: Vec::new(),
        };
    }
    let g = a.gazetteer();
    // A document read at no day: each mention at the dates written in its sentence.
    let written = match date.day() {
        Some(_) => Vec::new(),
        None => DocumentDate::written_in_sentences(doc, items),
    };
    let mentions = g.find_in_doc_dated(doc, &options, &written);
    let mut places = Vec::with_capacity(mentions.len());
    for m in &mentions {
        if let Some((place, fields)) = entity(a, g, m) {
            places.push(place);
            if let Some(f) = fields.filter(|_| a.wants(EntityKind::AdminUnit)) {
                out.extend(Entity::new(doc.text(), m.span.clone(), f));
            }
        }
    }
    Units {
        mentions,
        options,
        places,
    }
}

/// A value every candidate of a mention agrees on.
fn shared<'g, T: PartialEq>(cands: &[Unit<'g>], f: impl Fn(&Unit<'g>) -> Option<T>) -> Option<T> {
    let (first, rest) = cands.split_first()?;
    let v = f(first)?;
    rest.iter().all(|c| f(c).as_ref() == Some(&v)).then_some(v)
}

/// The place of a mention, and its entity fields when its candidates agree on a name, a type
/// and a level (its code only when it is resolved).
fn entity<'g>(
    a: &Analyzer,
    g: &'g Gazetteer,
    m: &Mention<'_, 'g>,
) -> Option<(Place, Option<Fields>)> {
    let cands = m.resolution.candidates();
    let first = cands.first()?;
    // Names compared as the output writes them: the official tables write some units `Hoà
    // Bình` and others `Hòa Bình`, one name.
    let name = shared(&cands, |u| Some(a.styled(u.name())));
    let place = Place {
        span: m.span.clone(),
        typed: m.is_typed(),
        // The province as it was on the mention's date: Thừa Thiên Huế was a province until
        // 2025-01-01, when its code became the city of Huế's.
        central: shared(&cands, |u| {
            let p = match m.date {
                Some(d) => u.province_on(d),
                None => u.province(),
            };
            p.map(|p| p.is_centrally_run_city())
        }),
        name: name.clone(),
        district_or_below: matches!(first.level(), Level::District | Level::Commune)
            && cands.iter().all(|c| c.level() == first.level()),
    };
    let kind = |cands: &[Unit<'g>]| {
        Some((
            shared(cands, |u| Some(u.unit_type()))?,
            shared(cands, |u| Some(u.level()))?,
        ))
    };
    let agree = |cands: &[Unit<'g>]| {
        let (unit_type, level) = kind(cands)?;
        Some((
            shared(cands, |u| Some(a.styled(u.name())))?,
            unit_type,
            level,
        ))
    };
    // The name is styled once for the place; the fields take it when the type and level agree.
    let all = name.and_then(|n| kind(&cands).map(|(t, l)| (n, t, l)));
    let (cands, (name, unit_type, level)) = match all {
        Some(fields) => (cands, fields),
        None => {
            // Candidates of different types or levels (`thành phố Huế`: the province from
            // 2025, the district before): those valid on the mention's date, or on the
            // gazetteer's latest date in an undated text, when they agree (the code stays
            // unknown unless the mention was resolved).
            let day = m.date.unwrap_or_else(|| g.latest_date());
            let valid: Vec<Unit<'g>> = cands.into_iter().filter(|u| u.is_valid_on(day)).collect();
            match agree(&valid) {
                Some(fields) => (valid, fields),
                None => return Some((place, None)),
            }
        }
    };
    let resolved = m.unit();
    // Candidates under another parent than the one written after the mention say nothing of
    // its province.
    let province = if m.outside_written_parent {
        None
    } else {
        // The province's name on the mention's date (Thừa Thiên Huế until 2025-01-01).
        shared(&cands, |u| {
            let p = match m.date {
                Some(d) => u.province_on(d),
                None => u.province(),
            };
            p.map(|p| a.styled(p.name()))
        })
    };
    let fields = Fields::AdminUnit(AdminUnit {
        name,
        unit_type,
        level,
        province,
        code: resolved.and_then(|u| u.code().parse().ok()),
        successors: resolved.and_then(|u| successors(a, g, u)),
    });
    Some((place, Some(fields)))
}

/// The successors on 2025-07-01 of a unit that ended by then (shared: the cache holds one list
/// per unit for every mention and every document).
fn successors<'g>(a: &Analyzer, g: &'g Gazetteer, u: Unit<'g>) -> Option<Arc<[Successor]>> {
    if !u.validity().to.is_some_and(|to| to <= REFORM_2025) {
        return None;
    }
    if let Some(s) = a.successors.get(u.id()) {
        return Some(s);
    }
    let s: Arc<[Successor]> = g
        .successors_on(u, REFORM_2025)
        .into_iter()
        .filter_map(|s| {
            Some(Successor {
                code: s.unit.code().parse::<UnitCode>().ok()?,
                name: a.styled(s.unit.name()),
                unit_type: s.unit.unit_type(),
                partial: s.partial,
            })
        })
        .collect();
    a.successors.put(u.id(), &s);
    Some(s)
}

/// Successors by unit, shared by the clones of an analyzer (and its threads); cleared when it
/// grows past `SuccessorCache::MAX` units.
#[derive(Debug, Default)]
pub(crate) struct SuccessorCache(Mutex<HashMap<UnitId, Arc<[Successor]>>>);

impl SuccessorCache {
    const MAX: usize = 1 << 16;

    fn get(&self, id: UnitId) -> Option<Arc<[Successor]>> {
        self.0.lock().ok()?.get(&id).cloned()
    }

    fn put(&self, id: UnitId, s: &Arc<[Successor]>) {
        if let Ok(mut m) = self.0.lock() {
            if m.len() >= Self::MAX {
                m.clear();
            }
            m.insert(id, Arc::clone(s));
        }
    }
}

/// A source tag opening the document (`(NTL) Sáng ngày 18/5, …`) names the district it comes
/// from by its initials (see `Gazetteer::source_tag`): its name joins the abbreviation context,
/// so that `hanhchinh-abbrev` expands the tag.
#[cfg(feature = "abbrev")]
pub(crate) fn source_tag(
    a: &Analyzer,
    doc: &Doc<'_>,
    units: &Units<'_, '_>,
    ctx: &mut hanhchinh_abbrev::Context,
) {
    use hanhchinh_abbrev::ProvinceKind;
    let central = match ctx.province_kind {
        ProvinceKind::CentralCity => Some(true),
        ProvinceKind::Province => Some(false),
        _ => None,
    };
    if let Some(u) = a
        .gazetteer()
        .source_tag(doc, &units.mentions, &units.options, central)
    {
        ctx.unit_names.push(u.name().to_string());
    }
}
