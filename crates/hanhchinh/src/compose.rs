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

use hanhchinh_text::Token;

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

pub(crate) fn run<'a>(
    a: &Analyzer,
    text: &'a str,
    tokens: &[Token<'a>],
    date: Option<Day>,
) -> Vec<Entity<'a>> {
    // Every entity covers tokens: an empty or blank document (a blank line of a file read one
    // document per line) has none, and needs none of the recognizers' set-up.
    if tokens.is_empty() {
        return Vec::new();
    }
    #[allow(unused_mut)]
    let mut out: Vec<Entity<'a>> = Vec::new();
    #[allow(unused_mut)]
    let mut places: Vec<Place> = Vec::new();
    // Which tokens can be syllables of a name (units without type word, persons).
    #[cfg(any(feature = "gazetteer", feature = "abbrev"))]
    let name_words: Vec<bool> = if a.wants(EntityKind::AdminUnit)
        || a.wants(EntityKind::Person)
        || a.wants(EntityKind::Abbrev)
    {
        tokens.iter().map(crate::names::is_name_word).collect()
    } else {
        Vec::new()
    };

    #[cfg(feature = "gazetteer")]
    {
        let need = a.wants(EntityKind::AdminUnit)
            || a.wants(EntityKind::Person)
            || a.wants(EntityKind::Abbrev);
        if need {
            units(a, text, tokens, &name_words, date, &mut out, &mut places);
        }
    }

    #[cfg(feature = "numdate")]
    if a.kinds().any_number_like() {
        numbers(a, text, tokens, date, &mut out);
    }

    #[cfg(feature = "abbrev")]
    if a.wants(EntityKind::LegalRef) || a.wants(EntityKind::Abbrev) || a.wants(EntityKind::Person) {
        #[allow(unused_mut)]
        let mut ctx = context(text, tokens, &places, date);
        #[cfg(feature = "gazetteer")]
        source_tag(a, text, tokens, &mut ctx, date);
        if a.wants(EntityKind::LegalRef) {
            for r in hanhchinh_abbrev::find_legal_refs_in_tokens(text, tokens, &ctx) {
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
            hanhchinh_abbrev::find_in_tokens(text, tokens, &ctx)
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
            let is_district = |name: &str| {
                let g = match &a.gazetteer {
                    Some(g) => g,
                    None => hanhchinh_gazetteer::global(),
                };
                let key = hanhchinh_text::key(name);
                // The city is written `TP.HCM` or with its type word; the bare name is the
                // person (as in the gazetteer's scanner).
                key != "hồ chí minh"
                    && a.districts
                        .get_or_init(|| district_index(g))
                        .contains_name(key.as_ref())
            };
            #[cfg(not(feature = "gazetteer"))]
            let is_district = |_: &str| false;
            let facts = crate::person::DocFacts {
                mentions: &mentions,
                name_words: &name_words,
                places: &places,
            };
            crate::person::find(a, text, tokens, &facts, &is_district, &mut out);
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
fn numbers<'a>(
    a: &Analyzer,
    text: &'a str,
    tokens: &[Token<'a>],
    date: Option<Day>,
    out: &mut Vec<Entity<'a>>,
) {
    use crate::entity::Num;
    use hanhchinh_numdate::{Kind, Value};
    let opts = hanhchinh_numdate::Options {
        reference_date: date
            .and_then(|d| hanhchinh_numdate::Date::ymd(d.year(), d.month(), d.day()).ok()),
        ..hanhchinh_numdate::Options::default()
    };
    let num = |d: &hanhchinh_numdate::Decimal| Num::new(&d.to_string());
    for item in hanhchinh_numdate::find_in_tokens(text, tokens, &opts) {
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

#[cfg(feature = "gazetteer")]
fn units<'a>(
    a: &Analyzer,
    text: &'a str,
    tokens: &[Token<'a>],
    name_words: &[bool],
    date: Option<Day>,
    out: &mut Vec<Entity<'a>>,
    places: &mut Vec<Place>,
) {
    use crate::entity::Successor;
    use hanhchinh_gazetteer::{FindOptions, Gazetteer, Level, Unit, REFORM_2025};
    let g: &Gazetteer = match &a.gazetteer {
        Some(g) => g,
        None => hanhchinh_gazetteer::global(),
    };
    let as_of = date.and_then(gazetteer_date);
    let opts = FindOptions {
        bare_names: true,
        as_of,
    };
    let lvl = |u: &Unit<'_>| match u.level() {
        Level::Province => "province",
        Level::District => "district",
        Level::Commune => "commune",
        _ => "village",
    };
    let mut mentions = g.find_in_tokens_with(text, tokens, &opts);
    let index = a.districts.get_or_init(|| district_index(g));
    bare_districts(g, index, text, tokens, name_words, as_of, &mut mentions);
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

/// Bare district names that the gazetteer does not report alone (it needs the name written
/// with its type word elsewhere in the same text): a run of two to four capitalized syllables
/// is the district of that name when the text also uses the district's type word on its own
/// (`trên địa bàn quận`, `của huyện`, the way an article refers to its own district), exactly
/// one district-level unit of that type has that exact name (in the version valid at the
/// document's date), and no place or institution noun stands before it (`Phủ Tây Hồ`).
/// Province- and district-level unit versions by the lookup key of their name
/// (`hanhchinh_text::key`), and district-level ones by the initials of their name (`NTL`).
#[cfg(feature = "gazetteer")]
#[derive(Debug, Default)]
pub(crate) struct DistrictIndex {
    by_key: std::collections::HashMap<String, Vec<hanhchinh_gazetteer::UnitId>>,
    by_initials: std::collections::HashMap<String, Vec<hanhchinh_gazetteer::UnitId>>,
}

#[cfg(feature = "gazetteer")]
impl DistrictIndex {
    #[cfg_attr(not(feature = "abbrev"), allow(dead_code))]
    pub(crate) fn contains_name(&self, key: &str) -> bool {
        self.by_key.contains_key(key)
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

/// Initials of a unit name, uppercase: `Nam Từ Liêm` -> `NTL`.
#[cfg(feature = "gazetteer")]
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(feature = "gazetteer")]
fn district_index(g: &hanhchinh_gazetteer::Gazetteer) -> DistrictIndex {
    use hanhchinh_gazetteer::Level;
    let mut m = DistrictIndex::default();
    for u in g.units() {
        if !matches!(u.level(), Level::District | Level::Province) {
            continue;
        }
        m.by_key
            .entry(hanhchinh_text::key(u.name()).into_owned())
            .or_default()
            .push(u.id());
        if u.level() == Level::District {
            m.by_initials
                .entry(initials(u.name()))
                .or_default()
                .push(u.id());
        }
    }
    m
}

#[cfg(feature = "gazetteer")]
fn bare_districts<'t, 'g>(
    g: &'g hanhchinh_gazetteer::Gazetteer,
    index: &DistrictIndex,
    text: &'t str,
    tokens: &[Token<'t>],
    name_words: &[bool],
    as_of: Option<hanhchinh_gazetteer::Date>,
    mentions: &mut Vec<hanhchinh_gazetteer::Mention<'t, 'g>>,
) {
    use crate::names::{name_runs, word_is, PLACE_NOUNS};
    use hanhchinh_gazetteer::{MatchKind, Reason, Resolution, Resolved, LAST_PRE_REFORM};
    // `is_name_word` of each token, computed once for the document.
    let nw = |k: usize| name_words.get(k).copied().unwrap_or(false);
    let mut types: Vec<&str> = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        let next_is_name = || nw(k + 1);
        // `word_is` compares the first letter first: dispatch on it once.
        let first = t.text().as_bytes().first().map(u8::to_ascii_lowercase);
        match first {
            Some(b'q') if word_is(t, "quận") && !next_is_name() => types.push("quận"),
            Some(b'h') if word_is(t, "huyện") && !next_is_name() => types.push("huyện"),
            Some(b'x')
                if word_is(t, "xã")
                    && k > 0
                    && tokens.get(k - 1).is_some_and(|p| word_is(p, "thị"))
                    && !next_is_name() =>
            {
                types.push("thị xã");
            }
            _ => {}
        }
    }
    if types.is_empty() {
        return;
    }
    let date = as_of.unwrap_or(LAST_PRE_REFORM);
    for run in name_runs(text, tokens, name_words) {
        let (s, e) = (run.start, run.end);
        if !(2..=4).contains(&(e - s)) {
            continue;
        }
        let (Some(first), Some(last)) = (tokens.get(s), tokens.get(e - 1)) else {
            continue;
        };
        let span = first.start()..last.end();
        if mentions
            .iter()
            .any(|m| m.span.start < span.end && span.start < m.span.end)
        {
            continue;
        }
        let before = tokens.get(s.saturating_sub(2)..s).unwrap_or_default();
        if before
            .iter()
            .any(|b| PLACE_NOUNS.contains(&b.key().as_ref()))
        {
            continue;
        }
        let Some(name) = text.get(span.clone()) else {
            continue;
        };
        let key = hanhchinh_text::key(name);
        let Some(ids) = index.by_key.get(key.as_ref()) else {
            continue;
        };
        let mut found: Vec<hanhchinh_gazetteer::Unit<'g>> = Vec::new();
        for u in ids.iter().filter_map(|id| g.unit(*id)) {
            if u.level() == hanhchinh_gazetteer::Level::District
                && u.is_valid_on(date)
                && types.contains(&u.unit_type().vietnamese())
                && !found.iter().any(|f| f.code() == u.code())
            {
                found.push(u);
            }
        }
        if let [u] = found.as_slice() {
            let u = *u;
            mentions.push(hanhchinh_gazetteer::Mention {
                span: span.clone(),
                text: name,
                name_span: span,
                unit_types: Vec::new(),
                resolution: Resolution::Found(Resolved {
                    unit: u,
                    kind: MatchKind::Exact,
                    reason: Reason::Only,
                }),
            });
        }
    }
    mentions.sort_by_key(|m| m.span.start);
}

/// A source tag opening the document (`(NTL) Sáng ngày 18/5, …`, how district portals sign
/// their news) names the district it comes from by its initials. When the context has no unit
/// with those initials, and exactly one district-level unit of the document's date (of the
/// document's province kind, when known) has them, its name joins the context, so that
/// `hanhchinh-abbrev` expands the tag.
#[cfg(all(feature = "gazetteer", feature = "abbrev"))]
fn source_tag(
    a: &Analyzer,
    text: &str,
    tokens: &[Token<'_>],
    ctx: &mut hanhchinh_abbrev::Context,
    date: Option<Day>,
) {
    use hanhchinh_abbrev::ProvinceKind;
    use hanhchinh_gazetteer::{Level, LAST_PRE_REFORM};
    let (Some(open), Some(tag), Some(close)) = (tokens.first(), tokens.get(1), tokens.get(2))
    else {
        return;
    };
    let t = tag.text();
    let n = t.chars().count();
    if !open.is_char('(') || !close.is_char(')') || !(2..=5).contains(&n) || !tag.is_uppercase() {
        return;
    }
    if t.chars().any(|c| !c.is_alphabetic())
        || text
            .get(..open.start())
            .is_some_and(|p| !p.trim().is_empty())
    {
        return;
    }
    if ctx.unit_names.iter().any(|u| initials(u) == t) {
        return;
    }
    let g = match &a.gazetteer {
        Some(g) => g,
        None => hanhchinh_gazetteer::global(),
    };
    let day = date.and_then(gazetteer_date).unwrap_or(LAST_PRE_REFORM);
    let index = a.districts.get_or_init(|| district_index(g));
    let mut names: Vec<&str> = Vec::new();
    let ids = index
        .by_initials
        .get(t)
        .map(Vec::as_slice)
        .unwrap_or_default();
    for u in ids.iter().filter_map(|id| g.unit(*id)) {
        if u.level() != Level::District || !u.is_valid_on(day) {
            continue;
        }
        let central = u.province().map(|p| p.is_centrally_run_city());
        let fits = match ctx.province_kind {
            ProvinceKind::CentralCity => central == Some(true),
            ProvinceKind::Province => central == Some(false),
            _ => true,
        };
        if fits && !names.contains(&u.name()) {
            names.push(u.name());
        }
    }
    if let [one] = names.as_slice() {
        ctx.unit_names.push((*one).to_string());
    }
}

/// The abbreviation context of a document, from its places and party bodies.
#[cfg(feature = "abbrev")]
pub(crate) fn context(
    text: &str,
    tokens: &[Token<'_>],
    places: &[Place],
    date: Option<Day>,
) -> hanhchinh_abbrev::Context {
    use hanhchinh_abbrev::{Context, Level, ProvinceKind};
    let _ = text;
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
        for tok in tokens {
            // `word_is` compares the first letter first: dispatch on it once.
            match tok.text().as_bytes().first().map(u8::to_ascii_lowercase) {
                Some(b'q') if crate::names::word_is(tok, "quận") => q += 1,
                Some(b't') if crate::names::word_is(tok, "tỉnh") => t += 1,
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
