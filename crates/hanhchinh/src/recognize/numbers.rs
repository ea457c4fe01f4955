//! Numbers, amounts, dates and times (`hanhchinh-numdate`) as entities.

use hanhchinh_numdate::{Item, Kind, Options, PartialDate, Value};
use hanhchinh_text::Doc;

use crate::analyzer::Analyzer;
use crate::entity::{Entity, EntityKind, Fields};

/// What numdate finds in `doc`, years filled from `reference`.
pub(crate) fn find<'a>(doc: &Doc<'a>, reference: Option<PartialDate>) -> Vec<Item<'a>> {
    let mut opts = Options::new();
    opts.reference_date = reference;
    hanhchinh_numdate::find_in_doc(doc, &opts)
}

/// The fields of an item, if it is of a kind the facade reports.
fn fields(item: &Item<'_>) -> Option<Fields> {
    Some(match item.value() {
        Value::Number { value, .. } => Fields::Number { value: *value },
        Value::Percent { value } => Fields::Percent { value: *value },
        Value::Money { value, currency } => Fields::Money {
            value: *value,
            currency: (*currency).to_string(),
        },
        Value::Quantity { value, unit } => Fields::Quantity {
            value: *value,
            unit: (*unit).to_string(),
        },
        Value::Fraction {
            numerator,
            denominator,
        } => Fields::Fraction {
            numerator: *numerator,
            denominator: *denominator,
        },
        Value::Range { from, to, unit } => Fields::Range {
            from: *from,
            to: *to,
            unit: unit.map(str::to_string),
        },
        Value::Date { value } => Fields::Date { value: *value },
        Value::Time { value } => Fields::Time { value: *value },
        Value::DateRange { from, to } => Fields::DateRange {
            from: *from,
            to: *to,
        },
        _ => return None,
    })
}

/// The entity kind of an item kind: the same kind, of the same name in the JSON contract.
fn entity_kind(k: Kind) -> Option<EntityKind> {
    Some(match k {
        Kind::Number => EntityKind::Number,
        Kind::Percent => EntityKind::Percent,
        Kind::Money => EntityKind::Money,
        Kind::Quantity => EntityKind::Quantity,
        Kind::Fraction => EntityKind::Fraction,
        Kind::Range => EntityKind::Range,
        Kind::Date => EntityKind::Date,
        Kind::Time => EntityKind::Time,
        Kind::DateRange => EntityKind::DateRange,
        _ => return None,
    })
}

/// The items of the kinds the analyzer wants, as entities.
pub(crate) fn push<'a>(a: &Analyzer, doc: &Doc<'a>, items: &[Item<'a>], out: &mut Vec<Entity<'a>>) {
    for item in items {
        let Some(kind) = entity_kind(item.kind()) else {
            continue;
        };
        if !a.wants(kind) {
            continue;
        }
        if let Some(f) = fields(item) {
            out.extend(Entity::new(doc.text(), item.span(), f));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two enums write their names apart (`hanhchinh_text::named_values!`): every item
    /// kind is the entity kind of its name.
    #[test]
    fn every_item_kind_is_the_entity_kind_of_its_name() {
        for k in Kind::ALL {
            assert_eq!(entity_kind(k).map(EntityKind::as_str), Some(k.as_str()));
        }
    }
}
