//! The date each mention is read at.

use super::{DateReason, Scan};

impl Scan<'_, '_, '_> {
    /// Gives every mention the document's date.
    pub(super) fn eras(&mut self) {
        let (date, reason) = match (self.opts.date(), self.opts.date_source()) {
            (Some(d), Some(s)) => (Some(d), DateReason::Document(s)),
            _ => (None, DateReason::Undated),
        };
        for r in &mut self.raws {
            r.date = date;
            r.date_reason = reason;
        }
    }
}
