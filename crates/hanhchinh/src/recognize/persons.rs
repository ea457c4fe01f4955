//! Persons and their titles (`hanhchinh-persons`) as entities.

use hanhchinh_abbrev::{Context, Mention};
use hanhchinh_text::Doc;

use super::Place;
use crate::analyzer::Analyzer;
use crate::entity::{Entity, Fields};

/// Pushes the persons of `doc`, their titles expanded in the abbreviation context.
pub(crate) fn push<'a>(
    a: &Analyzer,
    doc: &Doc<'a>,
    ctx: &Context,
    mentions: &[Mention<'a, 'static>],
    places: &[Place],
    out: &mut Vec<Entity<'a>>,
) {
    #[cfg(feature = "gazetteer")]
    let is_unit = |name: &str| a.gazetteer().is_bare_place_name(name);
    #[cfg(not(feature = "gazetteer"))]
    let is_unit = |_: &str| false;
    let person_places: Vec<hanhchinh_persons::Place> = places
        .iter()
        .map(|p| hanhchinh_persons::Place::new(p.span.clone(), p.typed))
        .collect();
    let pctx = hanhchinh_persons::Context::default()
        .abbrev(ctx)
        .mentions(mentions)
        .places(&person_places)
        .unit_names(&is_unit);
    for p in hanhchinh_persons::find(doc, &pctx) {
        let titles = p.titles().iter().map(|t| a.styled(t)).collect();
        out.extend(Entity::new(doc.text(), p.span(), Fields::Person { titles }));
    }
}
