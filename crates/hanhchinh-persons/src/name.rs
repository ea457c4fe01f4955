//! Names in sentences: runs of capitalised syllables, where the name starts and ends in them,
//! and what makes a run a place rather than a person (the rules are on [`crate::find`]).

use std::ops::Range;

use hanhchinh_text::{vocab, Case, Doc, TokenKind};

use crate::words::{is_surname, COUNTRY_NAMES, NOT_FIRST, PREFIX_WORDS, TITLE_STARTS};
use crate::{Context, Covered, Person};

/// Longest name, in syllables.
const MAX_NAME: usize = 4;
/// Longest name after a form of address when it has words that are no Vietnamese syllable
/// (the names of the Central Highlands peoples: `Y Thanh Hà Niê Kđăm`).
const MAX_ADDRESSED_NAME: usize = 6;
/// Longest run of capitalised syllables read for a name: a name of four syllables after the
/// longest unit name or form of address a title ends with. Longer runs (a headline in title
/// case) are read from their end only.
const MAX_RUN: usize = 12;

/// Whether token `i` can be a syllable of a name written in capitals (`TRẦN`).
fn is_upper_syllable(doc: &Doc<'_>, i: usize) -> bool {
    doc.case(i) == Case::Upper
        && doc.kind(i) == Some(TokenKind::Word)
        && hanhchinh_text::syllable::is_syllable(doc.key(i))
}

/// The maximal runs of name words of one case class (title case, or capitals), each word
/// separated from the next by spaces only (or glued to it), in text order.
fn runs(doc: &Doc<'_>) -> Vec<(Range<usize>, bool)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        // After a form of address (before the run or opening it), the run also takes
        // capitalised words that are no Vietnamese syllable: the names of the Central
        // Highlands peoples (`ông Y Thanh Hà Niê Kđăm`, `bà H'Hen Niê`, `ông Ksor Phước Hà`).
        let (upper, other) = if doc.is_name_word(i) {
            (false, false)
        } else if is_upper_syllable(doc, i) {
            (true, false)
        } else if capitalised_word(doc, i) {
            (false, true)
        } else {
            i += 1;
            continue;
        };
        // Whether a form of address stands before the run or opens it: asked only when a
        // capitalised word that is no name word starts the run or would continue it.
        let addressed = || !upper && (introduced(doc, i) || vocab::honorific_at(doc, i).is_some());
        if other && !addressed() {
            i += 1;
            continue;
        }
        let same = |k: usize| {
            if upper {
                is_upper_syllable(doc, k)
            } else {
                doc.is_name_word(k)
            }
        };
        // Words glued without their space (`NamTừ Liêm`, `NguyễnVăn An`: a fault of scraped
        // pages) stay in one run, but for a form of address, which opens a new one (a caption
        // glued to the lead: `Khánh HòaÔng Phạm Thanh Liêm`).
        let glued = |k: usize| doc.touches(k) && vocab::honorific_at(doc, k).is_none();
        let mut j = i + 1;
        while j < doc.len() && same(j) && (doc.spaced(j) || glued(j)) {
            j += 1;
        }
        let other_word = |k: usize| {
            k < doc.len() && doc.spaced(k) && capitalised_word(doc, k) && !title_start(doc, k)
        };
        if !upper && other_word(j) && (other || addressed()) {
            while other_word(j) || (j < doc.len() && doc.spaced(j) && doc.is_name_word(j)) {
                j += 1;
            }
        }
        out.push((i..j, upper));
        i = j;
    }
    out
}

/// Whether token `i` is a word written with a capital first letter and a lower-case letter
/// after it (`Kđăm`, `H'Hen`), whether or not it is a Vietnamese syllable.
fn capitalised_word(doc: &Doc<'_>, i: usize) -> bool {
    doc.kind(i) == Some(TokenKind::Word)
        && matches!(doc.case(i), Case::Title | Case::Mixed)
        && doc.word(i).chars().next().is_some_and(char::is_uppercase)
}

/// Whether token `i` is the first word of a title, rank or weekday completed by token `i + 1`.
fn title_start(doc: &Doc<'_>, i: usize) -> bool {
    let key = doc.key(i);
    TITLE_STARTS.iter().any(|(first, rest)| {
        *first == key
            && (doc.case(i + 1) == Case::Lower || doc.is_name_word(i + 1))
            && doc.spaced(i + 1)
            && (rest.is_empty() || rest.contains(&doc.key(i + 1)))
    })
}

/// Whether a form of address stands right before token `s` (`ông`, `đồng chí`, `Đ/c`, `Các
/// ông:`, `Các đồng chí: … ; …`).
fn introduced(doc: &Doc<'_>, s: usize) -> bool {
    // The honorific is at most three tokens long (`Đ/c`).
    for len in 1..=3 {
        let Some(h) = s.checked_sub(len) else {
            break;
        };
        if vocab::honorific_at(doc, h).is_some_and(|x| x.len() == len) {
            return true;
        }
    }
    // A list after `Các ông:`, `Các đồng chí:`: each item after the colon, `;` or `,`.
    let Some(p) = s.checked_sub(1) else {
        return false;
    };
    // Items of such a list are split by `;` (a `,` splits the titles of one item).
    if !matches!(doc.word(p), ":" | ";") {
        return false;
    }
    // The colon that opens the list, on the same line, a few items back.
    let line = doc.line(s);
    let mut k = p + 1;
    let mut seen = 0;
    while k > line.start && seen < 64 {
        k -= 1;
        seen += 1;
        if doc.word(k) == ":" {
            return k >= 2 && doc.is(k - 2, "các") && vocab::honorific_at(doc, k - 1).is_some()
                || k >= 3 && doc.is(k - 3, "các") && vocab::honorific_at(doc, k - 2).is_some();
        }
    }
    false
}

/// Whether a place or institution noun stands in the three tokens before `s0`, in the same
/// phrase (no punctuation between: `Hội nghị. Ông …` names no association); see
/// [`names_the_place`].
fn after_place_noun(doc: &Doc<'_>, s0: usize) -> bool {
    let punct_after = |k: usize| (k + 1..s0).any(|t| doc.kind(t) == Some(TokenKind::Punct));
    (s0.saturating_sub(3)..s0).any(|k| names_the_place(doc, k) && !punct_after(k))
}

/// Whether token `k` is a place or institution noun whose name follows it: not the `phố` of
/// the type word `thành phố`, nor one that ends a body's name (the `phủ` of `Chính phủ`), nor
/// the village of its head (`Trưởng thôn Nguyễn Văn An`, `Phó trưởng ấp …`).
fn names_the_place(doc: &Doc<'_>, k: usize) -> bool {
    if !vocab::is_place_noun(doc.key(k)) {
        return false;
    }
    let head_of_village = vocab::unit_type_at(doc, k).is_some()
        && k.checked_sub(1)
            .is_some_and(|p| doc.is(p, "trưởng") || doc.is(p, "phó"));
    let in_body_name = (k > 0 && BODY_COMPOUNDS.iter().any(|c| doc.are(k - 1, c)))
        || BODY_COMPOUNDS.iter().any(|c| doc.are(k, c));
    // The `phố` of `thành phố`.
    let ends_type_word = k
        .checked_sub(1)
        .and_then(|p| vocab::unit_type_at(doc, p))
        .is_some_and(|t| t.len() == 2);
    !(ends_type_word || head_of_village || in_body_name)
}

/// Words of two syllables, one of them also a place noun, that name no place: the names of
/// bodies (`Thủ tướng Chính phủ Phạm Minh Chính`, `Giám đốc Công an tỉnh Lê Văn An`) and
/// fields in them (`Bộ Khoa học và Công nghệ`, `Bộ Tài nguyên và Môi trường`), whose head's
/// name follows them; and words for people, whose name follows them (`gia đình bà Nguyễn Thị
/// Bình`, `cầu thủ Nguyễn Văn An`, `công nhân Lê Văn Tám`, `đối tượng Thào A Dế`).
const BODY_COMPOUNDS: &[&[&str]] = &[
    &["chính", "phủ"],
    &["quốc", "hội"],
    &["công", "an"],
    &["công", "nghệ"],
    &["công", "nghiệp"],
    &["công", "thương"],
    &["công", "tác"],
    &["môi", "trường"],
    &["thị", "trường"],
    &["gia", "đình"],
    &["cầu", "thủ"],
    &["công", "nhân"],
    &["công", "dân"],
    &["hội", "viên"],
    &["khách", "hàng"],
    &["hành", "khách"],
    &["du", "khách"],
    &["đối", "tượng"],
];

/// Whether the name at `s0` is an item after the first of a list of places, the first named
/// by the place noun right before it, written in lower case as in running text: joined by a
/// dash (`góc đường Hai Bà Trưng - Nguyễn Đình Chiểu`, `tuyến Lê Lợi - Trần Phú`), a comma or
/// `và` (`các tuyến đường Lê Lợi, Hai Bà Trưng và Trần Phú`); not the capitalised head of an
/// institution's name (`Trường THPT Lê Lợi - Trần Văn Bình`). A street corner, a route, a list
/// of streets, not a person.
fn listed_after_place(doc: &Doc<'_>, s0: usize) -> bool {
    // An item after a comma ends where a list's items end, or is its last after `và`: `ở phố
    // Hàng Mành, Dương Tuấn cho biết` is a place, then a person.
    let mut end = s0;
    while end < doc.len() && end - s0 < 6 && doc.is_name_word(end) {
        end += 1;
    }
    let item_ends = end >= doc.len()
        || matches!(doc.word(end), "," | ";" | "." | ")" | "-" | "–")
        || doc.is(end, "và");
    let mut start = s0;
    // At most six items back, each of at most six name words.
    for _ in 0..6 {
        let Some(sep) = start.checked_sub(1) else {
            return false;
        };
        let dash = matches!(doc.word(sep), "-" | "–");
        let comma = doc.word(sep) == ",";
        if !(dash || comma || doc.is(sep, "và")) || (start == s0 && comma && !item_ends) {
            return false;
        }
        let mut k = sep;
        while k > 0 && sep - k < 6 && doc.is_name_word(k - 1) {
            k -= 1;
        }
        if k == sep {
            return false;
        }
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        if names_the_place(doc, p) && doc.case(p) == Case::Lower && doc.spaced(k) {
            return true;
        }
        // A dash joins two places only; a list goes on back over its items.
        if dash {
            return false;
        }
        start = k;
    }
    false
}

/// Whether a house number stands right before `s0` (`số 18 Hoàng Việt`, `70 Lê Văn Lương`);
/// not the number of a ward or a village after its type word (`Trưởng thôn 3 Nguyễn Văn An`).
fn after_house_number(doc: &Doc<'_>, s0: usize) -> bool {
    s0.checked_sub(1).is_some_and(|p| {
        doc.kind(p) == Some(TokenKind::Number)
            && doc.spaced(s0)
            && !p
                .checked_sub(1)
                .and_then(|t| vocab::unit_type_at(doc, t))
                .is_some_and(|tw| tw.len() == 1)
    })
}

/// Whether a unit in brackets follows the name ending before token `e` (`Thái Phúc (Thái
/// Bình)`).
fn unit_in_brackets_after(doc: &Doc<'_>, e: usize, ctx: &Context<'_, '_>) -> bool {
    if doc.word(e) != "(" {
        return false;
    }
    let mut k = e + 1;
    while k < doc.len() && k < e + 6 && doc.is_name_word(k) {
        k += 1;
    }
    k > e + 1 && doc.word(k) == ")" && ctx.is_unit_name(doc.slice(e + 1..k))
}

/// Whether the words before token `s0` call for the name of a place after them: a party
/// committee (`Tỉnh ủy`, `Huyện ủy`), a unit-type word (`tỉnh`, `thành phố`) or an organ written
/// in capitals (`UBND`, `HĐND`): `Bí thư Tỉnh ủy Quảng Trị Lê Ngọc Quang`.
fn names_a_place(doc: &Doc<'_>, s0: usize) -> bool {
    let Some(p) = s0.checked_sub(1) else {
        return false;
    };
    doc.is(p, "ủy")
        || (doc.case(p) == Case::Upper && doc.kind(p) == Some(TokenKind::Word))
        || after_type_word(doc, s0)
}

/// Whether a unit-type word ends right before token `s0` (`tỉnh`, `thành phố`, `thị xã`).
fn after_type_word(doc: &Doc<'_>, s0: usize) -> bool {
    (1..=3)
        .any(|len| s0 >= len && vocab::unit_type_at(doc, s0 - len).is_some_and(|t| t.len() == len))
}

/// A name's first token in a run, and whether the name needs an introduction (a form of
/// address or a title) to be one.
struct Candidate {
    start: usize,
    end: usize,
    /// A form of address or a title must introduce it.
    needs_intro: bool,
    /// A form of address must introduce it (a title is not enough).
    needs_address: bool,
}

/// Whether tokens `r` (words of a capitalised run before a name) are forms of address or words
/// that open a title or a list (`Ông`, `Đồng chí`, `Phó`, `Các`).
fn address_words(doc: &Doc<'_>, r: Range<usize>) -> bool {
    let mut k = r.start;
    while k < r.end {
        match vocab::honorific_at(doc, k) {
            Some(h) => k += h.len(),
            None if PREFIX_WORDS.contains(&doc.key(k)) => k += 1,
            None => return false,
        }
    }
    true
}

/// Where the name may lie in the run (`run`, with a title word or a weekday at its end left
/// out), in order of preference; the caller takes the first that its checks let through, and
/// when none passes, the [`name_after_body`] of the run. Also the run's end without its title
/// word and the longest name it may hold.
fn candidates(
    doc: &Doc<'_>,
    ctx: &Context<'_, '_>,
    run: Range<usize>,
    upper: bool,
) -> (Vec<Candidate>, usize, usize) {
    let s0 = run.start;
    let mut e = run.end;
    // The first word of a title or a weekday ending the run stays out of the name.
    while e > s0 + 1 && title_start(doc, e - 1) {
        e -= 1;
    }
    let mut out = Vec::new();
    // A name with words that are no Vietnamese syllable (only after a form of address, see
    // `runs`) may be longer: `Y Thanh Hà Niê Kđăm`.
    let max = if (s0..e).any(|k| !doc.is_name_word(k)) {
        MAX_ADDRESSED_NAME
    } else {
        MAX_NAME
    };
    let fits = |s: usize| e.checked_sub(s).is_some_and(|n| (2..=max).contains(&n));
    let lexicon = ctx.lexicon_or_builtin();
    let surname = |s: usize| is_surname(lexicon, doc.key(s));
    let body_first = |s: usize| NOT_FIRST.contains(&doc.key(s));
    // 1. The whole run, from a surname.
    if fits(s0) && surname(s0) && !body_first(s0) {
        out.push(Candidate {
            start: s0,
            end: e,
            needs_intro: upper,
            needs_address: false,
        });
    }
    // 2. The end of the run, from a later surname, after what ends a title: the name of a unit
    //    or a country (`Tỉnh ủy Quảng Trị Lê Ngọc Quang`, `Mặt trận Tổ quốc Việt Nam Đỗ Văn
    //    Chiến`), or forms of address (`Ông Nguyễn Văn An`); those known as such first. A very
    //    long run (a title-case headline): only its end can hold a name.
    let mut weak = None;
    for s in (s0 + 1).max(e.saturating_sub(MAX_RUN))..e {
        if !fits(s) || !surname(s) || body_first(s) {
            continue;
        }
        let prefix = doc.slice(s0..s);
        let known = ctx.is_unit_name(prefix)
            || COUNTRY_NAMES.spelt_by(doc, s0..s)
            || address_words(doc, s0..s);
        let c = Candidate {
            start: s,
            end: e,
            needs_intro: upper,
            needs_address: false,
        };
        if known {
            out.push(c);
            break;
        }
        if weak.is_none() && s - s0 <= 3 && names_a_place(doc, s0) {
            weak = Some(c);
        }
    }
    // 3a. The words after a form of address that opens the run (`Ông Y Thanh Hà Niê Kđăm`,
    //    `Bà H'Hen Niê`): a name, whatever its first word.
    if let Some(h) = vocab::honorific_at(doc, s0).filter(|_| !upper) {
        if fits(s0 + h.len()) {
            out.push(Candidate {
                start: s0 + h.len(),
                end: e,
                needs_intro: true,
                needs_address: true,
            });
        }
    }
    // 3. The whole run from a surname that usually opens a body (`Đoàn`, `Văn`): only with a
    //    form of address or a title (`Phó Bí thư Thành ủy Văn Thị Bạch Tuyết`), and of three
    //    syllables at least (two are far more often a body in capitals: `Ban Thường vụ`); before
    //    an unknown place name that a title's organ may call for (`UBND ... Lê Văn An`).
    if fits(s0) && e - s0 >= 3 && surname(s0) && body_first(s0) {
        out.push(Candidate {
            start: s0,
            end: e,
            needs_intro: true,
            needs_address: false,
        });
    }
    out.extend(weak);
    // 4. A run right after a form of address or a title is a name even from a surname the
    //    table lacks (`ông Bế Đăng Khoa`, `Bí thư Huyện ủy Giàng A Chu`, `Các đồng chí: Phương
    //    Thị Thanh - ...`). After a title alone, a run that starts with a word that opens a
    //    body or a title is the organ the title belongs to (`Ủy viên Bộ Chính trị`, `Phó Giám
    //    đốc Sở Nông nghiệp`, `Trưởng Đoàn công tác`): that needs a form of address.
    if fits(s0) && !upper {
        out.push(Candidate {
            start: s0,
            end: e,
            needs_intro: true,
            needs_address: body_first(s0) || title_start(doc, s0),
        });
    }
    (out, e, max)
}

/// The last candidate of a run `s0..e` whose names hold at most `max` words, asked only when
/// the others (`tried`) fail (it reads the titles before the run): the end of the run after
/// the end of the name of a body that a title before the run opened (`Bộ trưởng Bộ Công
/// Thương Nguyễn Hồng Diên`).
fn name_after_body<'a>(
    doc: &Doc<'a>,
    lexicon: &hanhchinh_abbrev::Lexicon,
    mentions: &[hanhchinh_abbrev::Mention<'a, '_>],
    (s0, e, max): (usize, usize, usize),
    upper: bool,
    tried: &[Candidate],
) -> Option<Candidate> {
    let s = lexicon.name_after_title(doc, s0..e, mentions)?;
    let fits = e.checked_sub(s).is_some_and(|n| (2..=max).contains(&n));
    (fits && !tried.iter().any(|c| c.start == s)).then_some(Candidate {
        start: s,
        end: e,
        needs_intro: upper,
        needs_address: false,
    })
}

pub(crate) fn names<'a>(
    doc: &Doc<'a>,
    ctx: &Context<'_, 'a>,
    covered: &Covered,
) -> Vec<Person<'a>> {
    let lexicon = ctx.lexicon_or_builtin();
    let empty_ctx = hanhchinh_abbrev::Context::new();
    let abbrev_ctx = ctx.abbrev.unwrap_or(&empty_ctx);
    // The abbreviations of the whole document, found once when the caller did not give them.
    let own;
    let mentions = match ctx.mentions {
        Some(m) => m,
        None => {
            own = lexicon.find_in_doc(doc, abbrev_ctx);
            own.as_slice()
        }
    };
    let mut out: Vec<Person<'a>> = Vec::new();
    // Where the titles written after the last person end: a name inside them is part of a
    // title (`Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh`), no person.
    let mut reach = 0;
    for (run, upper) in runs(doc) {
        let s0 = run.start;
        let (cands, e, max) = candidates(doc, ctx, run, upper);
        let chosen = cands
            .iter()
            .find_map(|c| person(doc, ctx, covered, mentions, lexicon, s0, c))
            .or_else(|| {
                name_after_body(doc, lexicon, mentions, (s0, e, max), upper, &cands)
                    .and_then(|c| person(doc, ctx, covered, mentions, lexicon, s0, &c))
            });
        let Some((p, titles_end)) = chosen else {
            continue;
        };
        if reach > p.span.start
            || out
                .last()
                .is_some_and(|q: &Person<'_>| q.span.end > p.span.start)
        {
            continue;
        }
        reach = titles_end;
        out.push(p);
    }
    out
}

/// The person of candidate `c` (of a run starting at `s0`), unless a check says it is a place
/// or it needs an introduction it lacks; with the end of the titles written after the name (the
/// end of the name when there are none).
fn person<'a>(
    doc: &Doc<'a>,
    ctx: &Context<'_, 'a>,
    covered: &Covered,
    mentions: &[hanhchinh_abbrev::Mention<'a, '_>],
    lexicon: &hanhchinh_abbrev::Lexicon,
    s0: usize,
    c: &Candidate,
) -> Option<(Person<'a>, usize)> {
    let tokens = c.start..c.end;
    let before = s0.checked_sub(1).map(|p| doc.key(p)).unwrap_or("");
    // A preposition of place opens no name, and a run right after one is a place, whatever
    // titles follow it: `Tại Hà Nội, Thủ tướng …`, `tại Cần Thơ, Chủ tịch nước …`.
    if vocab::is_locative(doc.key(c.start))
        || (c.start == s0 && vocab::is_locative(before))
        || after_place_noun(doc, s0)
        || after_house_number(doc, s0)
        || listed_after_place(doc, s0)
        || covered.typed_in(tokens.clone())
    {
        return None;
    }
    let span = doc.span(tokens.clone());
    let name = doc.slice(tokens.clone());
    if ctx.is_unit_name(name) || COUNTRY_NAMES.spelt_by(doc, tokens.clone()) {
        return None;
    }
    // A title in capitals is no name (`KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` over a signature).
    if doc.case(c.start) == Case::Upper
        && hanhchinh_abbrev::parse_title(name, &hanhchinh_abbrev::Context::new()).is_some()
    {
        return None;
    }
    let intro = introduced(doc, c.start);
    if c.needs_address && !intro {
        return None;
    }
    let d = lexicon.designation_in_doc(doc, tokens.clone(), mentions);
    let titles: Vec<String> = d
        .titles
        .iter()
        .map(|t| collapse(t.expanded()))
        .filter(|t| !t.is_empty())
        .collect();
    if c.needs_intro && !intro && titles.is_empty() && d.ranks.is_empty() {
        return None;
    }
    if titles.is_empty() && !intro {
        // Without titles, a place reading wins (a run right after a preposition of place was
        // turned away above; a name after a place at the head of its run is no place), and so
        // does a unit-type word before the run: `tỉnh Hà Tây` is a unit the gazetteer may not
        // know (one abolished before its history begins), not a person; a title ending in the
        // type word makes a person (`Chủ tịch UBND tỉnh Hà Văn An`).
        if covered.any_in(tokens)
            || unit_in_brackets_after(doc, c.end, ctx)
            || (c.start == s0 && after_type_word(doc, s0))
        {
            return None;
        }
    }
    let titles_end = d
        .titles
        .iter()
        .map(hanhchinh_abbrev::Title::end)
        .filter(|&e| e > span.end)
        .max()
        .unwrap_or(span.end);
    Some((
        Person {
            span,
            text: name,
            titles,
            byline: false,
        },
        titles_end,
    ))
}

/// `s` with runs of white space collapsed to one space.
pub(crate) fn collapse(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !o.is_empty() {
            o.push(' ');
        }
        o.push_str(w);
    }
    o
}

#[cfg(test)]
mod tests;
