//! `hanhchinh decode`: legacy Vietnamese encodings to UTF-8 (NFC), line by line.
//!
//! Each input's encoding is decided once, from a byte-order mark or from its first 64 KiB:
//! UTF-16 and UTF-8 with a BOM are Unicode; otherwise the detector of
//! `hanhchinh_text::legacy` weighs UTF-8, TCVN3, VNI, VIQR and Windows-1258, and, for input
//! that is valid UTF-8, also legacy bytes that some program already misread as Windows-1252
//! (`ñy ban nh©n d©n`). An input whose encoding it cannot tell with confidence is refused
//! (pass `--from`); a weak verdict is decoded with a warning.

use std::io::Read;

use clap::{Args, ValueEnum};
use hanhchinh::text::legacy::{self, decode_str, detect, detect_str, Detection, Encoding};

use crate::input::{self, Bad, Bom, Line, Shape, Source, Src};
use crate::{Failure, Io};

pub(crate) const AFTER_HELP: &str = "\
Output: one line of UTF-8 (NFC) per input line. With --from auto (the default) each input's
encoding is decided once, from a byte-order mark (UTF-8, UTF-16 LE/BE) or from its first
64 KiB; stderr says which legacy encoding was used. Valid UTF-8 whose characters stand for
TCVN3, VNI or Windows-1258 bytes read as Windows-1252 (`ñy ban nh©n d©n`) is repaired
(--misread forces that reading), and so is UTF-8 read as Windows-1252 (`Ná»™i` for `Nội`).
Below confidence 0.25 an input is refused (pass --from); below 0.6 it is decoded with a
warning. In a UTF-8 input, a line that is not UTF-8 is decoded
with the encoding detected for that line, or fails (--lossy: U+FFFD).

Examples (from the repository root):
  hanhchinh decode data/examples/tcvn3.txt
  printf 'Qu\\xfanh Ph\\xf4\\n' | hanhchinh decode --from tcvn3        # Quỳnh Phụ
  echo 'ñy ban nh©n d©n' | hanhchinh decode --from tcvn3 --misread    # ủy ban nhân dân";

/// Below this confidence an input is refused.
const REFUSE_BELOW: f32 = 0.25;
/// Below this confidence an input is decoded with a warning.
const WARN_BELOW: f32 = 0.6;
/// Bytes of each input the detector reads.
const SAMPLE: u64 = 64 * 1024;

/// Encodings for `decode --from`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum From {
    /// Detect per input (byte-order mark, then the first 64 KiB).
    Auto,
    /// UTF-8 (a UTF-16 input needs a byte-order mark).
    Unicode,
    /// TCVN3 (ABC).
    Tcvn3,
    /// VNI-Windows.
    Vni,
    /// VIQR (RFC 1456).
    Viqr,
    /// Windows-1258 (code page 1258).
    #[value(name = "windows-1258", alias = "cp1258")]
    Windows1258,
}

impl From {
    fn encoding(self) -> Option<Encoding> {
        match self {
            From::Auto => None,
            From::Unicode => Some(Encoding::Unicode),
            From::Tcvn3 => Some(Encoding::Tcvn3),
            From::Vni => Some(Encoding::Vni),
            From::Viqr => Some(Encoding::Viqr),
            From::Windows1258 => Some(Encoding::Windows1258),
        }
    }
}

/// `decode` options.
#[derive(Args, Debug)]
pub(crate) struct DecodeArgs {
    #[command(flatten)]
    io: Io,
    /// The encoding of the input.
    #[arg(long, value_enum, default_value = "auto")]
    from: From,
    /// The input is UTF-8 text in which legacy bytes were read as Windows-1252 (`ñy ban
    /// nh©n d©n` for TCVN3): map each character back to its byte, then decode.
    #[arg(long)]
    misread: bool,
}

/// How the lines of one input are decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// UTF-8 (after a BOM or transcoded from UTF-16): lines are put in NFC; a line that is not
    /// UTF-8 is decoded with its own detection.
    Unicode,
    /// Legacy bytes.
    Bytes(Encoding),
    /// UTF-8 whose characters stand for legacy bytes.
    Misread(Encoding),
}

/// Decides how an input is decoded, reading (and putting back) its first bytes.
fn prepare(a: &DecodeArgs, src: &mut Source) -> Result<Mode, String> {
    if src.bom != Bom::None {
        if a.from != From::Auto && a.from != From::Unicode && !a.io.quiet {
            eprintln!(
                "hanhchinh: {}: starts with a {} byte-order mark: read as Unicode, not {:?}",
                input::shown_name(&src.name),
                bom_name(src.bom),
                a.from
            );
        }
        return Ok(Mode::Unicode);
    }
    if let Some(enc) = a.from.encoding() {
        return Ok(match (enc, a.misread) {
            (Encoding::Unicode, _) => Mode::Unicode,
            (e, true) => Mode::Misread(e),
            (e, false) => Mode::Bytes(e),
        });
    }
    let mut head = Vec::new();
    let reader = std::mem::replace(&mut src.reader, Box::new(std::io::empty()));
    let mut reader = reader;
    (&mut reader)
        .take(SAMPLE)
        .read_to_end(&mut head)
        .map_err(|e| format!("read error: {e}"))?;
    let (mode, d) = match utf8_prefix(&head) {
        Some(text) => {
            let d = detect_str(text);
            let legacy = d.encoding() != Encoding::Unicode && d.confidence() >= WARN_BELOW;
            if legacy || a.misread {
                (Mode::Misread(d.encoding()), d)
            } else {
                (Mode::Unicode, d)
            }
        }
        None => {
            let d = detect(&head);
            let mode = match d.encoding() {
                Encoding::Unicode => Mode::Unicode,
                e => Mode::Bytes(e),
            };
            (mode, d)
        }
    };
    src.reader = Box::new(std::io::Cursor::new(head).chain(reader));
    if mode == Mode::Unicode {
        return Ok(mode);
    }
    let (enc, how) = match mode {
        Mode::Misread(e) => (e, " text misread as Windows-1252"),
        Mode::Bytes(e) => (e, ""),
        Mode::Unicode => (Encoding::Unicode, ""),
    };
    let c = d.confidence();
    if c < REFUSE_BELOW {
        return Err(format!(
            "cannot tell its encoding with confidence (best guess {enc}{how}, confidence \
             {c:.2}; {}): pass --from",
            scores(&d)
        ));
    }
    if !a.io.quiet || c < WARN_BELOW {
        let warn = if c < WARN_BELOW {
            " (low confidence: check the output, or pass --from)"
        } else {
            ""
        };
        eprintln!(
            "hanhchinh: {}: decoding {enc}{how}, confidence {c:.2}{warn}",
            input::shown_name(&src.name)
        );
    }
    Ok(mode)
}

fn bom_name(b: Bom) -> &'static str {
    match b {
        Bom::Utf8 => "UTF-8",
        Bom::Utf16Le => "UTF-16LE",
        Bom::Utf16Be => "UTF-16BE",
        Bom::None => "no",
    }
}

/// The evidence of a verdict: `tcvn3 40/2, vni 3/30, ...` (syllables / rejects).
fn scores(d: &Detection) -> String {
    d.scores()
        .iter()
        .map(|(e, s)| format!("{e} {}/{}", s.syllables, s.rejects))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The sample as text when it is UTF-8 (a character cut at the end of the sample is fine).
fn utf8_prefix(head: &[u8]) -> Option<&str> {
    match std::str::from_utf8(head) {
        Ok(s) => Some(s),
        Err(e) if e.error_len().is_none() => std::str::from_utf8(head.get(..e.valid_up_to())?).ok(),
        Err(_) => None,
    }
}

fn decode_line(mode: Mode, lossy: bool, line: &Line<'_>) -> Result<String, Bad> {
    match mode {
        Mode::Bytes(e) => Ok(legacy::decode(line.bytes, e)),
        Mode::Misread(e) => {
            let text = input::utf8(line.bytes, line.offset, lossy)?;
            Ok(decode_str(&text, e))
        }
        Mode::Unicode => {
            if std::str::from_utf8(line.bytes).is_ok() || lossy {
                return Ok(legacy::decode(line.bytes, Encoding::Unicode));
            }
            // A legacy line in a Unicode document (partly converted files).
            let d = detect(line.bytes);
            if d.encoding() != Encoding::Unicode && d.confidence() >= WARN_BELOW {
                return Ok(legacy::decode(line.bytes, d.encoding()));
            }
            let at = std::str::from_utf8(line.bytes)
                .err()
                .map_or(0, |e| e.valid_up_to());
            Err(Bad::new(format!(
                "invalid UTF-8 at byte offset {} in a UTF-8 input, and no legacy encoding fits \
                 the line with confidence: pass --from, or --lossy to replace it with U+FFFD",
                line.offset + at as u64
            )))
        }
    }
}

pub(crate) fn decode(a: &DecodeArgs) -> Result<(), Failure> {
    input::lines_prepared(
        &a.io,
        Shape::Text,
        |src| prepare(a, src),
        |mode: &Mode, _: &Src<'_>, line: &Line<'_>| decode_line(*mode, a.io.lossy, line),
    )
}
