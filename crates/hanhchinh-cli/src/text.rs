//! The line-by-line text subcommands: `tokenize` (JSON), `normalize`, `fold`, `segment`
//! (text: one output line per input line).

use clap::Args;
use hanhchinh::text::{NormalizeOptions, TokenKind, ToneStyle};
use serde::Serialize;

use crate::input::{self, utf8, Id, Line, Shape, Src};
use crate::{Failure, Io, Pretty};

pub(crate) const TOKENIZE_HELP: &str = "\
Output, one record per line: {\"id\" (line number), \"file\" (with several inputs), \"tokens\":
[{\"text\", \"start\", \"end\", \"kind\"}]}; start and end are byte offsets into the line, kind is
word, number, code, punct, symbol or other.

Example:
  echo 'TP.HCM tăng 96,39%' | hanhchinh tokenize --pretty";

pub(crate) const NORMALIZE_HELP: &str = "\
Example:
  echo 'Uỷ ban nhân dân hoà' | hanhchinh normalize            # Ủy ban nhân dân hòa";

pub(crate) const FOLD_HELP: &str = "\
Example:
  echo 'Nam Từ Liêm, Đà Nẵng' | hanhchinh fold               # nam tu liem, da nang";

pub(crate) const SEGMENT_HELP: &str = "\
Example (from the repository root):
  hanhchinh segment data/corpus/seeds/001_321ecd7a48279831.txt -o segmented.txt";

/// Options of the line-by-line subcommands that write text.
#[derive(Args, Debug)]
pub(crate) struct PlainArgs {
    #[command(flatten)]
    io: Io,
}

/// Options of the line-by-line subcommands that write JSON.
#[derive(Args, Debug)]
pub(crate) struct JsonArgs {
    #[command(flatten)]
    io: Io,
    #[command(flatten)]
    pretty: Pretty,
}

fn kind_name(k: TokenKind) -> &'static str {
    match k {
        TokenKind::Word => "word",
        TokenKind::Number => "number",
        TokenKind::Code => "code",
        TokenKind::Punct => "punct",
        TokenKind::Symbol => "symbol",
        _ => "other",
    }
}

#[derive(Serialize)]
struct TokenJson<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    kind: &'static str,
}

#[derive(Serialize)]
struct Tokens<'a> {
    id: Id<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    tokens: Vec<TokenJson<'a>>,
}

pub(crate) fn tokenize(a: &JsonArgs) -> Result<(), Failure> {
    let pretty = a.pretty.pretty;
    input::lines(
        &a.io,
        Shape::Json { pretty },
        |src: &Src<'_>, line: &Line<'_>| {
            let text = utf8(line.bytes, line.offset, a.io.lossy)?;
            let tokens = hanhchinh::text::tokenize(&text)
                .map(|t| TokenJson {
                    text: t.text(),
                    start: t.start(),
                    end: t.end(),
                    kind: kind_name(t.kind()),
                })
                .collect();
            Ok(crate::output::json(
                &Tokens {
                    id: Id::Number(line.number),
                    file: src.file(),
                    tokens,
                },
                pretty,
            ))
        },
    )
}

/// `normalize` options.
#[derive(Args, Debug)]
pub(crate) struct NormalizeArgs {
    #[command(flatten)]
    io: Io,
    /// Modern tone placement in oa/oe/uy (`hoà`, `thuỷ`) instead of the traditional one.
    #[arg(long)]
    modern: bool,
    /// Also turn no-break and other spaces into ASCII spaces and drop zero-width spaces.
    #[arg(long)]
    map_spaces: bool,
}

pub(crate) fn normalize(a: &NormalizeArgs) -> Result<(), Failure> {
    let mut o = NormalizeOptions::default();
    o.tone = if a.modern {
        ToneStyle::Modern
    } else {
        ToneStyle::Traditional
    };
    o.map_spaces = a.map_spaces;
    input::lines(&a.io, Shape::Text, |_: &Src<'_>, line: &Line<'_>| {
        let text = utf8(line.bytes, line.offset, a.io.lossy)?;
        Ok(hanhchinh::text::normalize_with(&text, &o).into_owned())
    })
}

pub(crate) fn fold(a: &PlainArgs) -> Result<(), Failure> {
    input::lines(&a.io, Shape::Text, |_: &Src<'_>, line: &Line<'_>| {
        let text = utf8(line.bytes, line.offset, a.io.lossy)?;
        Ok(hanhchinh::text::fold(&text).into_owned())
    })
}

pub(crate) fn segment(a: &PlainArgs) -> Result<(), Failure> {
    let seg = hanhchinh::segment::Segmenter::default();
    input::lines(&a.io, Shape::Text, |_: &Src<'_>, line: &Line<'_>| {
        let text = utf8(line.bytes, line.offset, a.io.lossy)?;
        let mut out = String::with_capacity(text.len() + 8);
        seg.segment_joined_into(&text, &mut out);
        Ok(out)
    })
}
