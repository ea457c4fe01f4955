//! The lexicon's public types: the tables, the categories and roles of abbreviations, their
//! candidate expansions, ranks, title-word kinds and document types.

use crate::error::Error;

/// The text of one lexicon table each; [`Tables::builtin`] gives the embedded copies of
/// `data/abbrev/*.tsv` and `data/surnames/surnames.tsv`. Start from the built-in tables and
/// replace the ones you edit (more tables may be added, so the struct is non-exhaustive).
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Tables<'a> {
    /// `organs.tsv`: organs of the Party, State, Front and mass organizations.
    pub organs: &'a str,
    /// `titles.tsv`: abbreviated titles (posts).
    pub titles: &'a str,
    /// `other.tsv`: other administrative abbreviations.
    pub other: &'a str,
    /// `ranks.tsv`: ranks, academic titles, degrees, honorary titles, honorifics.
    pub ranks: &'a str,
    /// `title_words.tsv`: modifiers, roles, unit head nouns, organs and level words.
    pub title_words: &'a str,
    /// `issuers.tsv`: issuing-body codes of document symbols.
    pub issuers: &'a str,
    /// `surnames.tsv`: Vietnamese surnames.
    pub surnames: &'a str,
    /// `laws.tsv`: titles of laws and codes, for references without a number.
    pub laws: &'a str,
}

impl Tables<'static> {
    /// The tables embedded in the crate (copies of the repository's `data/` tables).
    pub fn builtin() -> Tables<'static> {
        Tables {
            organs: include_str!("../../data/organs.tsv"),
            titles: include_str!("../../data/titles.tsv"),
            other: include_str!("../../data/other.tsv"),
            ranks: include_str!("../../data/ranks.tsv"),
            title_words: include_str!("../../data/title_words.tsv"),
            issuers: include_str!("../../data/issuers.tsv"),
            surnames: include_str!("../../data/surnames.tsv"),
            laws: include_str!("../../data/laws.tsv"),
        }
    }
}

impl<'a> Tables<'a> {
    /// Every table with its file name, in the order of the fields.
    ///
    /// ```
    /// let t = hanhchinh_abbrev::Tables::builtin();
    /// assert_eq!(t.named()[0].0, "organs.tsv");
    /// assert!(t.named().iter().all(|(_, text)| text.ends_with('\n')));
    /// ```
    pub fn named(&self) -> [(&'static str, &'a str); 8] {
        [
            ("organs.tsv", self.organs),
            ("titles.tsv", self.titles),
            ("other.tsv", self.other),
            ("ranks.tsv", self.ranks),
            ("title_words.tsv", self.title_words),
            ("issuers.tsv", self.issuers),
            ("surnames.tsv", self.surnames),
            ("laws.tsv", self.laws),
        ]
    }
}

/// Which table an abbreviation comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Category {
    /// An organ or body (`HĐND`, `BTV`, `TU`).
    Organ,
    /// A title or post (`UVBTV`, `TUV`, `PCT`).
    Title,
    /// Any other administrative abbreviation (`THCS`, `NTM`, `KT-XH`).
    Other,
    /// A rank, degree or honorary title (`PGS`, `ThS`, `NGƯT`).
    Rank,
    /// A source tag naming a unit by its initials (`(NTL)` for Nam Từ Liêm).
    SourceTag,
}

/// The role of an abbreviation inside a compound (`UVBTVTU` = member + body + party organ).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Part {
    /// Not a compound part.
    None,
    /// `UV` (Ủy viên).
    Member,
    /// A party post: `BT`, `PBT`.
    PartyRole,
    /// A state post: `CT`, `PCT`.
    StateRole,
    /// A party body: `BTV`, `BCH`.
    Body,
    /// A party committee: `TU`, `HU`, `QU`, `ĐU`, `TW`, `BCT`.
    PartyOrgan,
    /// An organ headed by a Chủ tịch: `HĐND`, `UBND`, `MTTQ`.
    StateOrgan,
}

/// Where an abbreviation is recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Scope {
    /// In running text.
    Text,
    /// Only inside compounds and title chains (`UV`, `CT`, `BT`).
    Part,
}

/// When a candidate expansion applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Condition {
    /// Always (the only candidate, or one of several equivalent spellings).
    Always,
    /// In a centrally-run city (`TU` = Thành ủy).
    CentralCity,
    /// In a province (`TU` = Tỉnh ủy).
    Province,
    /// Next to conference words (`HN` = Hội nghị).
    Conference,
    /// As a place name (`HN` = Hà Nội, `TP.` = Thành phố).
    Place,
    /// As a post before a department or a name (`TP` = Trưởng phòng).
    Title,
    /// Next to school words (`ĐH` = Đại học in `trường ĐH`, `ĐH Quốc gia`).
    School,
}

/// `as_str`, `FromStr` and `Display` for an enum whose values are written in the tables
/// (`-`, `member`, `city`, …), each value spelled once.
macro_rules! table_value {
    ($ty:ident, $what:literal, { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            #[doc = concat!("The value as written in the tables (", $(concat!("`", $name, "` ")),+, ").")]
            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }

            /// Every value, as written in the tables, comma-separated (for error messages).
            pub(crate) const ALLOWED: &'static str = concat!($($name, ", "),+);
        }

        impl std::str::FromStr for $ty {
            type Err = Error;

            #[doc = concat!("Parses a ", $what, " as written in the tables.")]
            fn from_str(s: &str) -> Result<$ty, Error> {
                match s {
                    $($name => Ok($ty::$variant),)+
                    _ => Err(Error::value("", 0, 0, s, <$ty>::ALLOWED)),
                }
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

table_value!(Part, "compound role", {
    None => "-",
    Member => "member",
    PartyRole => "role-party",
    StateRole => "role-state",
    Body => "body",
    PartyOrgan => "party",
    StateOrgan => "state",
});

table_value!(Scope, "scope", { Text => "text", Part => "part" });

table_value!(Condition, "condition", {
    Always => "-",
    CentralCity => "city",
    Province => "province",
    Conference => "conference",
    Place => "place",
    Title => "title",
    School => "school",
});

table_value!(RankKind, "rank kind", {
    Military => "military",
    Academic => "academic",
    Degree => "degree",
    Honorary => "honorary",
    Honorific => "honorific",
});

table_value!(WordKind, "title-word kind", {
    Modifier => "modifier",
    Role => "role",
    Head => "head",
    Organ => "organ",
    Level => "level",
});

/// One candidate expansion of an abbreviation, with the condition under which it applies.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Candidate {
    pub(super) expansion: String,
    pub(super) condition: Condition,
    pub(super) source: String,
}

impl Candidate {
    pub(crate) fn new(expansion: String, condition: Condition, source: String) -> Candidate {
        Candidate {
            expansion,
            condition,
            source,
        }
    }

    /// The expanded form, official spelling (`Ủy ban nhân dân`). Never empty.
    pub fn expansion(&self) -> &str {
        &self.expansion
    }

    /// When this candidate applies.
    pub fn condition(&self) -> Condition {
        self.condition
    }

    /// The `source` cell of the table row (or the reasoning of a decomposition).
    pub fn source(&self) -> &str {
        &self.source
    }
}

/// An abbreviation of the lexicon with its candidate expansions.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Entry {
    pub(super) abbr: String,
    pub(super) category: Category,
    pub(super) part: Part,
    pub(super) scope: Scope,
    pub(super) candidates: Vec<Candidate>,
}

impl Entry {
    /// The abbreviation as written (`UB MTTQ`, `TTg`).
    pub fn abbr(&self) -> &str {
        &self.abbr
    }
    /// Its table.
    pub fn category(&self) -> Category {
        self.category
    }
    /// Its role inside compounds.
    pub fn part(&self) -> Part {
        self.part
    }
    /// Where it is recognised.
    pub fn scope(&self) -> Scope {
        self.scope
    }
    /// Its candidate expansions (at least one), in table order.
    pub fn candidates(&self) -> &[Candidate] {
        &self.candidates
    }
}

/// The kind of a rank (see [`Rank`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum RankKind {
    /// Military and police ranks (`Đại tá`, `Thiếu tướng`).
    Military,
    /// Academic titles (`Giáo sư`, `Phó Giáo sư`).
    Academic,
    /// Degrees and professional titles (`Tiến sĩ`, `Thạc sĩ`, `Bác sĩ`).
    Degree,
    /// State honorary titles (`Nhà giáo Ưu tú`).
    Honorary,
    /// Honorifics (`đồng chí`, `ông`, `bà`).
    Honorific,
}

/// A rank that stands before a name: not a post.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Rank {
    pub(super) form: String,
    pub(super) abbr: Option<String>,
    pub(super) kind: RankKind,
    pub(super) order: u8,
    pub(super) source: String,
}

impl Rank {
    /// The written-out form (`Đại tá`, `Phó Giáo sư`, `đồng chí`).
    pub fn form(&self) -> &str {
        &self.form
    }
    /// The abbreviation, if any (`PGS`, `ThS`).
    pub fn abbr(&self) -> Option<&str> {
        self.abbr.as_deref()
    }
    /// The kind.
    pub fn kind(&self) -> RankKind {
        self.kind
    }
    /// Seniority within the kind: higher is senior (Đại tướng 16 … Binh nhì 0).
    pub fn order(&self) -> u8 {
        self.order
    }
    /// The source of the row.
    pub fn source(&self) -> &str {
        &self.source
    }
}

/// What a word of a written-out title is (see `title_words.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum WordKind {
    /// `Phó`, `Quyền`, `Nguyên`, `Thường trực`.
    Modifier,
    /// `Bí thư`, `Chủ tịch`, `Trưởng`, `Ủy viên`, `Giám đốc`.
    Role,
    /// A unit head noun that opens an organ name: `Ban`, `Phòng`, `Sở`.
    Head,
    /// A complete organ: `Quận ủy`, `Hội đồng nhân dân`.
    Organ,
    /// A level word: `tỉnh`, `quận`, `xã`.
    Level,
}

#[derive(Clone, Debug)]
pub(crate) struct TitleWord {
    pub(crate) kind: WordKind,
    pub(crate) order: u8,
}
