//! Source tags (`(NTL)`: a district's initials opening its news) and bare place names.

use std::collections::HashMap;
use std::fmt;

use hanhchinh_text::{Case, Doc, Gap};

use super::bare::BARE_EXCLUDED;
use super::{FindOptions, Mention};
use crate::types::Level;
use crate::unit::Unit;
use crate::{Gazetteer, LAST_PRE_REFORM};

/// District-level unit versions by the initials of their name (`NTL`), built on first use and
/// shared by the clones of a gazetteer.
#[derive(Default)]
pub(crate) struct InitialsIndex(once_cell::sync::OnceCell<HashMap<String, Vec<u32>>>);

impl fmt::Debug for InitialsIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InitialsIndex")
            .field("built", &self.0.get().is_some())
            .finish()
    }
}

/// Initials of a unit name, upper case: `Nam Từ Liêm` -> `NTL`.
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

impl Gazetteer {
    fn initials_index(&self) -> &HashMap<String, Vec<u32>> {
        self.initials.0.get_or_init(|| {
            let mut m: HashMap<String, Vec<u32>> = HashMap::new();
            for u in self.units() {
                if u.level() == Level::District {
                    m.entry(initials(u.name())).or_default().push(u.id);
                }
            }
            m
        })
    }

    /// The district that a source tag opening the document names by its initials: `(NTL) Sáng
    /// ngày 18/5, …` is how district portals sign their news (`NTL` = Nam Từ Liêm).
    ///
    /// The tag is two to five capital letters in brackets before anything else. It names a
    /// district when no unit `found` in the document already has those initials (the
    /// document then names it in full), and exactly one district-level unit valid at the
    /// document's date (or on the last day before the 2025 reform) has them: of a centrally-run
    /// city when `central` is `Some(true)`, of a province when `Some(false)`.
    ///
    /// ```
    /// use hanhchinh_gazetteer::{FindOptions, Gazetteer};
    /// use hanhchinh_text::Doc;
    ///
    /// let g = Gazetteer::default();
    /// let doc = Doc::new("(NTL) Sáng ngày 18/5, Quận ủy tổ chức hội nghị.");
    /// let found = g.find_in_doc(&doc, &FindOptions::new());
    /// let u = g.source_tag(&doc, &found, &FindOptions::new(), Some(true)).unwrap();
    /// assert_eq!(u.name(), "Nam Từ Liêm");
    /// ```
    pub fn source_tag<'g>(
        &'g self,
        doc: &Doc<'_>,
        found: &[Mention<'_, 'g>],
        opts: &FindOptions,
        central: Option<bool>,
    ) -> Option<Unit<'g>> {
        let tag = doc.word(1);
        let n = tag.chars().count();
        if doc.word(0) != "("
            || doc.word(2) != ")"
            || !(2..=5).contains(&n)
            || doc.case(1) != Case::Upper
            || tag.chars().any(|c| !c.is_alphabetic())
            || doc.gap_text(0).chars().any(|c| !c.is_whitespace())
            || doc.gap_before(1) != Gap::None
        {
            return None;
        }
        if found.iter().any(|m| {
            m.resolution
                .candidates()
                .iter()
                .any(|u| initials(u.name()) == tag)
        }) {
            return None;
        }
        let day = opts.date().unwrap_or(LAST_PRE_REFORM);
        let mut names: Vec<Unit<'g>> = Vec::new();
        for u in self
            .initials_index()
            .get(tag)
            .into_iter()
            .flatten()
            .filter_map(|&id| self.unit_by_index(id))
        {
            if !u.is_valid_on(day) {
                continue;
            }
            let c = u.province().map(|p| p.is_centrally_run_city());
            if central.is_some() && c != central {
                continue;
            }
            if !names.iter().any(|x| x.name() == u.name()) {
                names.push(u);
            }
        }
        match names.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }

    /// Whether `name`, written alone in running text, reads as a province or a district
    /// (`Phan Thiết`, `Lâm Đồng`): it is exactly the name of a province- or district-level
    /// unit of some time, and not one of the names that alone far more often mean a person
    /// (`Hồ Chí Minh`: the city is written with its type word, `TP.HCM`).
    ///
    /// ```
    /// use hanhchinh_gazetteer::Gazetteer;
    /// let g = Gazetteer::default();
    /// assert!(g.is_bare_place_name("Phan Thiết"));
    /// assert!(g.is_bare_place_name("THỪA THIÊN HUẾ"));
    /// assert!(!g.is_bare_place_name("Hồ Chí Minh"));
    /// assert!(!g.is_bare_place_name("Phúc Xá")); // a ward
    /// ```
    pub fn is_bare_place_name(&self, name: &str) -> bool {
        // The name's key as a `Doc` of it gives it (see `typed::push_key`), from its tokens
        // alone: a person finder asks this of many short names.
        let mut key = String::with_capacity(name.len());
        for (n, t) in hanhchinh_text::tokenize(name).enumerate() {
            if n > 0 {
                key.push(' ');
            }
            let number = t.kind() == hanhchinh_text::TokenKind::Number;
            super::typed::push_name_key(&t.key(), number, &mut key);
        }
        if BARE_EXCLUDED.contains(&key.as_str()) {
            return false;
        }
        let Some(v) = self.key_postings(&key) else {
            return false;
        };
        self.data()
            .postings(v)
            .filter_map(|id| self.unit_by_index(id))
            .any(|u| matches!(u.level(), Level::Province | Level::District))
    }
}
