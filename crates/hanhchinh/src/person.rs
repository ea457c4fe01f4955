//! Persons: names found from the surname table and capitalization, with the titles written
//! around each mention (parsed and expanded by `hanhchinh-abbrev` in the document's context).
//!
//! Rules:
//! * A name is a run of capitalized Vietnamese syllables on one line, separated by spaces only,
//!   that starts with a surname of the table (`hanhchinh_abbrev::is_surname`) and has two to
//!   four syllables: `Trần Đức Hoạt`, `Hồ Chí Minh`. The run must be maximal (no capitalized
//!   syllable directly before or after it on the line, other than capitalized words before the
//!   surname).
//! * Not a name: a run whose first word is also a common noun that opens names of bodies
//!   (`Đoàn`, `Phó`, `Văn`, …: `Đoàn Thanh niên`, `Phó Bí thư`), a name that a place or
//!   institution noun stands before (`Trường THCS Trần Phú`, `Ngã tư Tô Hiệu`, `đường Lê Lợi`),
//!   a run that is (part of) a unit written with its type word (`quận Lê Chân`), the name of
//!   a province- or district-level unit (`Phan Thiết`, `Lâm Đồng`; not `Hồ Chí Minh`, whose
//!   city is written with its type word or `TP.HCM`) or of a country (`Thái Lan`), and, unless
//!   titles stand with it, a bare unit name found by the gazetteer.
//! * Bylines are persons with no titles: the last line of a document when it is a name alone
//!   (`Trần Hòa`, `Huy Kiên`: no surname needed there), and the names after a label such as
//!   `Tác giả:` or `Bài và ảnh:`, separated by `-`, `–` or `,`.

use std::ops::Range;

use hanhchinh_abbrev::Mention;
use hanhchinh_text::{Token, TokenKind};

use crate::analyzer::Analyzer;
use crate::compose::Place;
use crate::entity::{Entity, EntityKind, Fields};
use crate::names::{is_name_word, name_runs, spaced, PLACE_NOUNS};

/// First words that are surnames in the table but far more often open the name of a body or a
/// title (lowercase keys).
const NOT_FIRST: &[&str] = &[
    "đoàn",
    "phó",
    "văn",
    "hội",
    "ban",
    "sở",
    "phòng",
    "đảng",
    "nhà",
    "trường",
    "bộ",
    "chi",
    "công",
    "tổ",
    "mặt",
    "quận",
    "huyện",
    "tỉnh",
    "thành",
    "xã",
    "phường",
    "thị",
    "ngày",
    "chủ",
    "bí",
    "tổng",
    "cục",
    "viện",
    "đài",
    "báo",
    "trung",
    "lời",
    "luật",
    "nghị",
    "quyết",
    "kế",
    "đồng",
    "ông",
    "bà",
    "anh",
    "chị",
    "em",
    "cô",
    "chú",
    "bác",
    "cụ",
    "thầy",
    "giáo",
    "tư",
    "hồng",
    "kim",
];

/// Country and territory names whose first syllable is also a surname (lookup keys).
const COUNTRIES: &[&str] = &[
    "thái lan",
    "hàn quốc",
    "triều tiên",
    "trung quốc",
    "hồng kông",
    "đài loan",
    "ma cao",
    "mã lai",
    "cao miên",
    "phi luật tân",
    "tân gia ba",
    "lào cai",
];

/// Labels that open a byline.
const BYLINE_LABELS: &[&str] = &[
    "tác giả",
    "bài và ảnh",
    "bài, ảnh",
    "bài",
    "ảnh",
    "tin, ảnh",
    "tin và ảnh",
    "tin",
    "phóng viên",
    "nhóm phóng viên",
    "nhóm pv",
    "pv",
    "theo",
];

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// What the facade already found in the document, for the person rule.
#[derive(Clone, Copy)]
pub(crate) struct DocFacts<'s, 'a> {
    /// The document as `hanhchinh-abbrev` reads it.
    pub(crate) doc: &'s hanhchinh_text::Doc<'a>,
    /// The abbreviation mentions, in text order, in the document's context.
    pub(crate) mentions: &'s [Mention<'a, 'static>],
    /// `names::is_name_word` of each token.
    pub(crate) name_words: &'s [bool],
    /// The administrative units.
    pub(crate) places: &'s [Place],
}

struct Found {
    span: Range<usize>,
    titles: Vec<String>,
}

pub(crate) fn find<'a>(
    a: &Analyzer,
    text: &'a str,
    tokens: &[Token<'a>],
    facts: &DocFacts<'_, 'a>,
    is_district: &dyn Fn(&str) -> bool,
    out: &mut Vec<Entity<'a>>,
) {
    let DocFacts {
        doc,
        mentions,
        name_words,
        places,
    } = *facts;
    let mut found: Vec<Found> = Vec::new();
    bylines(text, tokens, places, &mut found);
    // The maximal runs of capitalized syllables (`is_name_word` of each token was computed
    // once for the document).
    for run in name_runs(text, tokens, name_words) {
        let (run_start, j) = (run.start, run.end);
        // A name has two syllables at least.
        if j - run_start < 2 {
            continue;
        }
        // The name starts at the first surname of the run that is not an honorific or a
        // noun opening a body (`Ông Nguyễn Văn An`, `Phó Bí`).
        let Some(s) = (run_start..j).find(|&k| {
            tokens.get(k).is_some_and(|t| {
                hanhchinh_abbrev::is_surname(t.text()) && !NOT_FIRST.contains(&t.key().as_ref())
            })
        }) else {
            continue;
        };
        let n = j - s;
        if !(2..=4).contains(&n) {
            continue;
        }
        let (Some(first), Some(last)) = (tokens.get(s), tokens.get(j - 1)) else {
            continue;
        };
        // A place noun up to three tokens before the name.
        let before = tokens.get(s.saturating_sub(3)..s).unwrap_or_default();
        if before
            .iter()
            .any(|b| PLACE_NOUNS.contains(&b.key().as_ref()))
        {
            continue;
        }
        let span = first.start()..last.end();
        if found.iter().any(|f| overlaps(&f.span, &span)) {
            continue;
        }
        if places.iter().any(|p| p.typed && overlaps(&p.span, &span)) {
            continue;
        }
        // A place reading wins: the name of a province- or district-level unit (`Phan Thiết`,
        // `Lâm Đồng`), a country (`Thái Lan`); without a title, also a unit that the
        // gazetteer found there.
        let name = text.get(span.clone()).unwrap_or_default();
        if is_district(name) || COUNTRIES.contains(&hanhchinh_text::key(name).as_ref()) {
            continue;
        }
        let d = hanhchinh_abbrev::Lexicon::builtin().designation_in_doc(
            doc,
            doc.tokens_in(span.clone()),
            mentions,
        );
        let titles: Vec<String> = d
            .titles
            .iter()
            .map(|t| a.styled(&collapse(t.expanded())))
            .filter(|t| !t.is_empty())
            .collect();
        if titles.is_empty() && places.iter().any(|p| overlaps(&p.span, &span)) {
            continue;
        }
        found.push(Found { span, titles });
    }
    for f in found {
        out.extend(Entity::new(
            text,
            f.span,
            EntityKind::Person,
            Fields::Person { titles: f.titles },
        ));
    }
}

fn collapse(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !o.is_empty() {
            o.push(' ');
        }
        o.push_str(w);
    }
    o
}

/// Words of page furniture written in title case (`Tin Mới`, `Theo Báo …`), none of them a
/// usual given name: a line with one of them is no byline (lookup keys).
const NOT_BYLINE: &[&str] = &[
    "tin", "mới", "theo", "báo", "hệ", "kết", "xem", "thêm", "nguồn", "bài", "ảnh", "tức", "đọc",
    "chia", "sẻ", "giới", "thiệu", "tìm", "nhập", "mục", "sơ", "đồ", "hỏi", "đáp", "bản", "lịch",
    "tác", "sách", "tổng", "dẫn", "nội", "tiết", "quay", "lại", "gửi", "trở", "về", "đầu", "cuối",
    "sự", "kiện", "tiêu", "điểm", "chủ",
];

/// Whether `toks` (one line's tokens) are a name alone: two to four capitalized syllables
/// separated by spaces, none of them a word of page furniture.
fn name_alone(text: &str, toks: &[Token<'_>]) -> bool {
    (2..=4).contains(&toks.len())
        && toks.iter().all(|t| !NOT_BYLINE.contains(&t.key().as_ref()))
        && toks.iter().all(is_name_word)
        && toks.windows(2).all(|w| match w {
            [x, y] => spaced(text, x, y),
            _ => false,
        })
        && toks
            .first()
            .is_some_and(|t| !NOT_FIRST.contains(&t.key().as_ref()))
}

fn bylines(text: &str, tokens: &[Token<'_>], places: &[Place], found: &mut Vec<Found>) {
    // Lines, as token index ranges.
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    // A text without a line break is one line (a document per line of a file): no gap to read.
    let breaks = if text.contains('\n') { tokens.len() } else { 0 };
    for k in 0..breaks {
        let (Some(p), Some(n)) = (tokens.get(k), tokens.get(k + 1)) else {
            continue;
        };
        if text
            .get(p.end()..n.start())
            .is_some_and(|g| g.contains('\n'))
        {
            lines.push(start..k + 1);
            start = k + 1;
        }
    }
    if start < tokens.len() {
        lines.push(start..tokens.len());
    }
    let push = |toks: &[Token<'_>], found: &mut Vec<Found>| {
        let (Some(f), Some(l)) = (toks.first(), toks.last()) else {
            return;
        };
        let span = f.start()..l.end();
        if places.iter().any(|p| p.typed && overlaps(&p.span, &span)) {
            return;
        }
        found.push(Found {
            span,
            titles: Vec::new(),
        });
    };
    // The last line, when it is a name alone.
    if let Some(last) = lines.last() {
        let toks = tokens.get(last.clone()).unwrap_or_default();
        if name_alone(text, toks) {
            push(toks, found);
        }
    }
    // Labelled bylines.
    for line in &lines {
        let toks = tokens.get(line.clone()).unwrap_or_default();
        // Labels are a few words: a colon further on ends no label (no key of a long line).
        let Some(colon) = toks.iter().take(12).position(|t| t.is_char(':')) else {
            continue;
        };
        let (Some(f), Some(c)) = (toks.first(), toks.get(colon)) else {
            continue;
        };
        let label = text.get(f.start()..c.start()).unwrap_or_default();
        let label = hanhchinh_text::key(label.trim());
        if !BYLINE_LABELS.contains(&label.as_ref()) {
            continue;
        }
        let rest = toks.get(colon + 1..).unwrap_or_default();
        for seg in rest.split(|t| {
            t.kind() == TokenKind::Punct
                && (t.is_char('-') || t.is_char('–') || t.is_char(',') || t.is_char(';'))
        }) {
            if name_alone(text, seg) {
                push(seg, found);
            }
        }
    }
}
