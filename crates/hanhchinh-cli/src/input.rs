//! Streaming input: files or stdin, read in chunks of lines, processed in parallel (rayon),
//! written in input order, one output line per input line. Memory is bounded by the chunk
//! size and the longest record, whatever the input size.
//!
//! A record that cannot be processed (invalid UTF-8, a bad JSON line, a line longer than
//! `--max-record-bytes`) becomes an error record in its place and the run goes on; the run
//! ends with exit code 4 and a stderr line counting the failures. `--strict` stops at the
//! first one instead (exit code 1).
//!
//! Byte-order marks: an input that starts with a UTF-8 BOM is read without it; one that starts
//! with a UTF-16 BOM (LE or BE) is transcoded to UTF-8 (unpaired surrogates become U+FFFD).
//! Offsets (of lines, of invalid bytes, of entities) count the UTF-8 bytes after the BOM.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read};
use std::path::{Path, PathBuf};

use encoding_rs_io::DecodeReaderBytesBuilder;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::value::RawValue;

use crate::output::{self, Out};
use crate::{Failure, Io};

/// Lines per parallel chunk.
const CHUNK_LINES: usize = 2048;
/// Bytes per parallel chunk (a chunk ends at the first line boundary past this).
const CHUNK_BYTES: usize = 4 << 20;
/// Error messages shown on stderr before the final count (the others are only counted).
const SHOWN_ERRORS: u64 = 10;
/// The most worker threads `--threads` accepts.
pub(crate) const MAX_THREADS: u16 = 256;
/// The default of `--max-record-bytes`: 128 MiB.
pub(crate) const DEFAULT_MAX_RECORD: &str = "128M";

/// One input line.
pub(crate) struct Line<'a> {
    /// Line number in its input, from 1.
    pub number: usize,
    /// Byte offset of the line in its input (after a byte-order mark).
    pub offset: u64,
    /// The bytes, without the line break.
    pub bytes: &'a [u8],
}

/// The input a record comes from.
pub(crate) struct Src<'a> {
    /// The path as given (`-` for stdin).
    pub name: &'a str,
    /// Whether the run has more than one input: records then carry their file.
    pub several: bool,
}

impl Src<'_> {
    /// The file to write in a record: the path as given when the run has several inputs.
    pub(crate) fn file(&self) -> Option<&str> {
        self.several.then_some(self.name)
    }
}

/// A record that failed: why, and the id to put on its error record when it is known
/// (the `id` of a `--jsonl` object; otherwise the line number is used).
#[derive(Debug)]
pub(crate) struct Bad {
    pub message: String,
    pub id: Option<Box<RawValue>>,
}

impl Bad {
    pub(crate) fn new(message: impl Into<String>) -> Bad {
        Bad {
            message: message.into(),
            id: None,
        }
    }
}

/// How the output of a subcommand is shaped, which decides what stands in place of a record
/// that failed.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Shape {
    /// One JSON object per record; a failure is `{"id", "error": {"line", "message"}}`.
    Json { pretty: bool },
    /// One line of text per input line; a failure is an empty line (and a message on stderr).
    Text,
}

/// A record id: a line number, a path, or an id exactly as a `--jsonl` line gave it.
pub(crate) enum Id<'a> {
    Number(usize),
    Path(&'a str),
    Raw(&'a RawValue),
}

impl Serialize for Id<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Id::Number(n) => n.serialize(s),
            Id::Path(p) => p.serialize(s),
            Id::Raw(r) => r.serialize(s),
        }
    }
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    id: Id<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    error: ErrorBody<'a>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    line: usize,
    message: &'a str,
}

/// Sets the size of rayon's global pool (once): `None` leaves rayon's default (all cores, or
/// `RAYON_NUM_THREADS`), `0` is all cores, any other number that many threads.
pub(crate) fn threads(n: Option<u16>) {
    let n = match n {
        None => return,
        Some(0) => std::thread::available_parallelism().map_or(1, |n| n.get()),
        Some(n) => usize::from(n),
    };
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build_global();
}

/// Parses a byte count with an optional binary suffix: `1000`, `64K`, `128M`, `2G`.
pub(crate) fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (digits, shift) = match t.char_indices().last() {
        Some((i, 'k' | 'K')) => (t.get(..i), 10),
        Some((i, 'm' | 'M')) => (t.get(..i), 20),
        Some((i, 'g' | 'G')) => (t.get(..i), 30),
        _ => (Some(t), 0),
    };
    digits
        .and_then(|d| d.parse::<u64>().ok())
        .and_then(|n| n.checked_mul(1 << shift))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{s:?}: expected a positive byte count such as 4096, 64K, 128M"))
}

/// The byte-order mark an input starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Bom {
    None,
    Utf8,
    Utf16Le,
    Utf16Be,
}

impl Bom {
    fn of(head: &[u8]) -> Bom {
        if head.starts_with(b"\xEF\xBB\xBF") {
            Bom::Utf8
        } else if head.starts_with(b"\xFF\xFE") {
            Bom::Utf16Le
        } else if head.starts_with(b"\xFE\xFF") {
            Bom::Utf16Be
        } else {
            Bom::None
        }
    }
}

/// An input's name in messages: the path as given, `<stdin>` for `-`.
pub(crate) fn shown_name(name: &str) -> &str {
    if name == "-" {
        "<stdin>"
    } else {
        name
    }
}

/// An opened input.
pub(crate) struct Source {
    /// The path as given, `-` for stdin.
    pub name: String,
    /// The bytes after the byte-order mark (UTF-16 transcoded to UTF-8).
    pub reader: Box<dyn Read + Send>,
    /// The byte-order mark the input started with.
    pub bom: Bom,
    len: Option<u64>,
}

/// The inputs of a run: the files, or stdin when there is none.
pub(crate) fn names(io: &Io) -> Vec<PathBuf> {
    if io.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        io.files.clone()
    }
}

/// Opens one input (`-` is stdin).
pub(crate) fn open(path: &Path) -> Result<Source, String> {
    let name = path.display().to_string();
    let (raw, len): (Box<dyn Read + Send>, Option<u64>) = if path.as_os_str() == "-" {
        (Box::new(io::stdin()), None)
    } else {
        let f = File::open(path).map_err(|e| format!("cannot open: {e}"))?;
        let len = f.metadata().ok().map(|m| m.len());
        (Box::new(f), len)
    };
    let mut raw = raw;
    // Read up to the longest byte-order mark (reads may return fewer bytes than asked).
    let mut head = Vec::with_capacity(3);
    (&mut raw)
        .take(3)
        .read_to_end(&mut head)
        .map_err(|e| format!("read error: {e}"))?;
    let bom = Bom::of(&head);
    let reader = DecodeReaderBytesBuilder::new()
        .utf8_passthru(true)
        .strip_bom(true)
        .build(io::Cursor::new(head).chain(raw));
    Ok(Source {
        name,
        reader: Box::new(reader),
        bom,
        len,
    })
}

/// The progress bar template: the bar takes what the terminal width leaves, so the line fits
/// any terminal of at least [`BAR_FIXED_WIDTH`] + 10 columns.
pub(crate) const BAR_TEMPLATE: &str =
    "{spinner} {bytes:>10}/{total_bytes:10} {wide_bar} {bytes_per_sec:>12} eta {eta:>4}";
/// The widest the parts of [`BAR_TEMPLATE`] around the bar get.
#[cfg(test)]
pub(crate) const BAR_FIXED_WIDTH: usize = 1 + 1 + 10 + 1 + 10 + 1 + 1 + 12 + 5 + 4;

fn bar(io: &Io, src: &Source) -> Option<ProgressBar> {
    let len = src.len?;
    if io.quiet || !io::stderr().is_terminal() {
        return None;
    }
    let pb = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template(BAR_TEMPLATE) {
        pb.set_style(style.progress_chars("=> "));
    }
    Some(pb)
}

/// The text of a record, or why it is not UTF-8: the byte offset of the first invalid byte,
/// and where to go for text in a legacy encoding. With `lossy`, invalid sequences become
/// U+FFFD (3 bytes each), so offsets into the result index that text, not the input bytes.
pub(crate) fn utf8<'a>(bytes: &'a [u8], offset: u64, lossy: bool) -> Result<Cow<'a, str>, Bad> {
    // The SIMD validator answers valid text several times faster; the standard one, asked
    // again only for invalid text, says where it fails.
    if let Ok(s) = simdutf8::basic::from_utf8(bytes) {
        return Ok(Cow::Borrowed(s));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(_) if lossy => Ok(String::from_utf8_lossy(bytes)),
        Err(e) => {
            let d = hanhchinh::text::legacy::detect(bytes);
            let looks = if d.encoding() != hanhchinh::text::legacy::Encoding::Unicode {
                format!(" (the text looks like {})", d.encoding())
            } else {
                String::new()
            };
            Err(Bad::new(format!(
                "invalid UTF-8 at byte offset {}{looks}: convert legacy text (TCVN3, VNI, VIQR, \
                 Windows-1258) with `hanhchinh decode`, or pass --lossy to replace invalid bytes \
                 with U+FFFD",
                offset + e.valid_up_to() as u64
            )))
        }
    }
}

/// A chunk of lines: one buffer, and (line number, byte offset in the input, from, to, whole
/// length) of each line in it; a line longer than the limit keeps no bytes (`from == to`) and
/// its length says it was too long.
struct Chunk {
    buf: Vec<u8>,
    spans: Vec<Span>,
    /// Bytes of the input read up to the end of this chunk.
    end: u64,
}

#[derive(Clone, Copy)]
struct Span {
    number: usize,
    offset: u64,
    from: usize,
    to: usize,
    /// `Some(length)` when the line was longer than the limit (its bytes were skipped).
    too_long: Option<u64>,
}

/// Reads one line into `buf` (without keeping more than `max` bytes of it): the bytes read
/// from the input (0 at the end), and, when the line was longer than `max`, its length
/// without the line break.
fn read_line(r: &mut impl BufRead, buf: &mut Vec<u8>, max: u64) -> io::Result<(u64, Option<u64>)> {
    let start = buf.len();
    let mut read = 0u64;
    let mut over = false;
    let mut ends = 0u64; // bytes of the line break
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            break;
        }
        let (take, done) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => {
                let cr = i > 0 && avail.get(i - 1) == Some(&b'\r');
                ends = if cr { 2 } else { 1 };
                (i + 1, true)
            }
            None => (avail.len(), false),
        };
        if !over {
            let kept = (buf.len() - start) as u64;
            if kept + take as u64 > max.saturating_add(2) {
                // Longer than allowed (the +2 leaves room for the line break): drop it.
                over = true;
                buf.truncate(start);
            } else {
                buf.extend_from_slice(avail.get(..take).unwrap_or_default());
            }
        }
        r.consume(take);
        read += take as u64;
        if done {
            break;
        }
    }
    Ok((read, over.then(|| read - ends)))
}

fn read_chunk(reader: &mut impl BufRead, pos: &mut (usize, u64), max: u64) -> io::Result<Chunk> {
    let mut buf: Vec<u8> = Vec::new();
    let mut spans = Vec::new();
    while spans.len() < CHUNK_LINES && buf.len() < CHUNK_BYTES {
        let from = buf.len();
        let (n, too_long) = read_line(reader, &mut buf, max)?;
        let over = too_long.is_some();
        if n == 0 {
            break;
        }
        let mut to = buf.len();
        if buf.get(to.wrapping_sub(1)) == Some(&b'\n') && to > from {
            to -= 1;
            if to > from && buf.get(to - 1) == Some(&b'\r') {
                to -= 1;
            }
        }
        let number = pos.0 + 1;
        let keep = if over { from } else { to };
        let span = Span {
            number,
            offset: pos.1,
            from,
            to: keep,
            too_long,
        };
        // A line that is longer than the limit only once its line break is counted is not.
        let span = if !over && (to - from) as u64 > max {
            Span {
                to: from,
                too_long: Some((to - from) as u64),
                ..span
            }
        } else {
            span
        };
        spans.push(span);
        pos.0 = number;
        pos.1 += n;
    }
    Ok(Chunk {
        buf,
        spans,
        end: pos.1,
    })
}

/// Counts records and failures, shows the first failures on stderr, and writes what stands
/// in place of a failed record.
struct Tally {
    shape: Shape,
    strict: bool,
    records: u64,
    failed: u64,
    /// Inputs that could not be opened or read to their end.
    lost: u64,
    /// Bytes of input read.
    bytes: u64,
    /// When the run started, with `--stats`.
    started: Option<std::time::Instant>,
}

impl Tally {
    fn new(shape: Shape, io: &Io) -> Tally {
        Tally {
            shape,
            strict: io.strict,
            bytes: 0,
            started: io.stats.then(std::time::Instant::now),
            records: 0,
            failed: 0,
            lost: 0,
        }
    }

    /// A failed record at `line` of input `name`: its error record (or empty line) is written
    /// (with `id` unless the failure knows the record's own id), or, with `--strict`, the run
    /// stops.
    fn fail(
        &mut self,
        out: &mut Out,
        name: &str,
        file: Option<&str>,
        line: usize,
        id: Id<'_>,
        bad: &Bad,
    ) -> Result<(), Failure> {
        self.failed += 1;
        let shown = format!("{}: line {line}: {}", shown_name(name), bad.message);
        if self.strict {
            out.flush()?;
            return Err(Failure::input(shown));
        }
        if self.failed + self.lost <= SHOWN_ERRORS {
            eprintln!("hanhchinh: {shown}");
        }
        match self.shape {
            Shape::Text => out.line(""),
            Shape::Json { pretty } => {
                let id = match &bad.id {
                    Some(raw) => Id::Raw(raw),
                    None => id,
                };
                out.line(&error_record(id, file, line, &bad.message, pretty))
            }
        }
    }

    /// An input that could not be opened or read to its end (no record stands for it).
    fn lost(&mut self, out: &mut Out, message: String) -> Result<(), Failure> {
        self.lost += 1;
        if self.strict {
            out.flush()?;
            return Err(Failure::input(message));
        }
        if self.failed + self.lost <= SHOWN_ERRORS {
            eprintln!("hanhchinh: {message}");
        }
        Ok(())
    }

    fn finish(self, out: &mut Out) -> Result<(), Failure> {
        out.flush()?;
        if let Some(t) = self.started {
            let secs = t.elapsed().as_secs_f64();
            let mb = self.bytes as f64 / 1e6;
            eprintln!(
                "hanhchinh: {} records, {mb:.2} MB in {secs:.2} s: {:.2} MB/s, {} records/s, {} threads",
                self.records,
                mb / secs.max(1e-9),
                (self.records as f64 / secs.max(1e-9)).round(),
                rayon::current_num_threads()
            );
        }
        if self.failed == 0 && self.lost == 0 {
            return Ok(());
        }
        let place = match self.shape {
            Shape::Json { .. } => "error records stand in their place",
            Shape::Text => "empty lines stand in their place",
        };
        let mut parts = Vec::new();
        if self.failed > 0 {
            parts.push(format!(
                "{} of {} records failed ({place}; --strict stops at the first)",
                self.failed, self.records
            ));
        }
        if self.lost > 0 {
            parts.push(format!(
                "{} input{} could not be read",
                self.lost,
                if self.lost == 1 { "" } else { "s" }
            ));
        }
        let message = parts.join("; ");
        Err(Failure {
            code: crate::exit::RECORDS,
            message,
        })
    }
}

/// An error record: `{"id", "file" (with several inputs), "error": {"line", "message"}}`.
pub(crate) fn error_record(
    id: Id<'_>,
    file: Option<&str>,
    line: usize,
    message: &str,
    pretty: bool,
) -> String {
    output::json(
        &ErrorRecord {
            id,
            file,
            error: ErrorBody { line, message },
        },
        pretty,
    )
}

/// Runs `f` over every line of every input, in parallel chunks, and writes each result as one
/// output line, in input order: exactly one output line (or one record, with `--pretty`) per
/// input line, blank lines included.
pub(crate) fn lines<F>(io: &Io, shape: Shape, f: F) -> Result<(), Failure>
where
    F: Fn(&Src<'_>, &Line<'_>) -> Result<String, Bad> + Sync,
{
    lines_prepared(io, shape, |_| Ok(()), |_: &(), s, l| f(s, l))
}

/// [`lines`], with a step that looks at each input before its lines are read (`prepare` may
/// replace the reader, e.g. after reading a sample of it) and gives what `f` needs to know
/// about that input. An `Err` from `prepare` skips the input (counted as failed).
pub(crate) fn lines_prepared<P, S, F>(
    io: &Io,
    shape: Shape,
    mut prepare: P,
    f: F,
) -> Result<(), Failure>
where
    P: FnMut(&mut Source) -> Result<S, String>,
    S: Sync,
    F: Fn(&S, &Src<'_>, &Line<'_>) -> Result<String, Bad> + Sync,
{
    threads(io.threads);
    let inputs = names(io);
    let mut out = Out::open(io.output.as_deref(), &inputs)?;
    let mut tally = Tally::new(shape, io);
    let several = inputs.len() > 1;
    for path in &inputs {
        let mut src = match open(path) {
            Ok(s) => s,
            Err(m) => {
                tally.lost(
                    &mut out,
                    format!("{}: {m}", shown_name(&path.display().to_string())),
                )?;
                continue;
            }
        };
        let state = match prepare(&mut src) {
            Ok(s) => s,
            Err(m) => {
                tally.lost(&mut out, format!("{}: {m}", shown_name(&src.name)))?;
                continue;
            }
        };
        let g = |s: &Src<'_>, l: &Line<'_>| f(&state, s, l);
        if let Err(m) = lines_of(io, src, several, &g, &mut out, &mut tally)? {
            tally.lost(&mut out, m)?;
        }
    }
    tally.finish(&mut out)
}

/// One input of [`lines`]: `Ok(Err(message))` when it could not be read to its end.
fn lines_of<F>(
    io: &Io,
    src: Source,
    several: bool,
    f: &F,
    out: &mut Out,
    tally: &mut Tally,
) -> Result<Result<(), String>, Failure>
where
    F: Fn(&Src<'_>, &Line<'_>) -> Result<String, Bad> + Sync,
{
    let pb = bar(io, &src);
    let name = src.name.clone();
    let s = Src {
        name: &name,
        several,
    };
    let read_err = |e: io::Error| format!("{}: read error: {e}", shown_name(&name));
    let mut reader = BufReader::with_capacity(1 << 16, src.reader);
    let mut pos = (0usize, 0u64); // lines and bytes read so far
    let mut done = 0u64; // bytes of the chunks already counted
    let mut cur = match read_chunk(&mut reader, &mut pos, io.max_record_bytes) {
        Ok(c) => c,
        Err(e) => return Ok(Err(read_err(e))),
    };
    while !cur.spans.is_empty() {
        // Process this chunk while the next one is read.
        let (results, next) = rayon::join(
            || {
                cur.spans
                    .par_iter()
                    .map(|sp| {
                        if let Some(len) = sp.too_long {
                            return Err(Bad::new(format!(
                                "line of {len} bytes is longer than --max-record-bytes {}",
                                io.max_record_bytes
                            )));
                        }
                        let line = Line {
                            number: sp.number,
                            offset: sp.offset,
                            bytes: cur.buf.get(sp.from..sp.to).unwrap_or_default(),
                        };
                        f(&s, &line)
                    })
                    .collect::<Vec<Result<String, Bad>>>()
            },
            || read_chunk(&mut reader, &mut pos, io.max_record_bytes),
        );
        for (r, sp) in results.into_iter().zip(&cur.spans) {
            tally.records += 1;
            match r {
                Ok(text) => out.line(&text)?,
                Err(bad) => {
                    tally.fail(out, &name, s.file(), sp.number, Id::Number(sp.number), &bad)?
                }
            }
        }
        if let Some(pb) = &pb {
            pb.set_position(cur.end);
        }
        tally.bytes = tally.bytes.saturating_add(cur.end.saturating_sub(done));
        done = cur.end;
        cur = match next {
            Ok(c) => c,
            Err(e) => return Ok(Err(read_err(e))),
        };
    }
    if let Some(pb) = pb {
        pb.finish_and_clear();
    }
    Ok(Ok(()))
}

/// Runs `f` over each whole input (one document per file; id = the path as given), files in
/// parallel, results in input order. An input that cannot be read, or is longer than
/// `--max-record-bytes`, becomes an error record. An input longer than `stream_from` bytes is
/// given to `stream` instead, alone, when its turn to be written comes: `stream` writes its
/// record onto the output as it is made (`Ok(Err(bad))`: nothing was written, the input is an
/// error record).
pub(crate) fn wholes<F, G>(
    io: &Io,
    shape: Shape,
    stream_from: usize,
    f: F,
    stream: G,
) -> Result<(), Failure>
where
    F: Fn(&str, &[u8]) -> Result<String, Bad> + Sync,
    G: Fn(&str, &[u8], &mut Out) -> Result<Result<(), Bad>, Failure>,
{
    threads(io.threads);
    let inputs = names(io);
    let mut out = Out::open(io.output.as_deref(), &inputs)?;
    let mut tally = Tally::new(shape, io);
    for group in inputs.chunks(64) {
        let docs: Vec<(String, Result<Vec<u8>, Bad>)> = group
            .iter()
            .map(|p| (p.display().to_string(), read_whole(p, io.max_record_bytes)))
            .collect();
        let results: Vec<Option<Result<String, Bad>>> = docs
            .par_iter()
            .map(|(name, bytes)| match bytes {
                Ok(b) if b.len() > stream_from => None,
                Ok(b) => Some(f(name, b)),
                Err(bad) => Some(Err(Bad::new(bad.message.clone()))),
            })
            .collect();
        for ((name, bytes), r) in docs.iter().zip(results) {
            tally.records += 1;
            if let Ok(b) = bytes {
                tally.bytes += b.len() as u64;
            }
            let r = match (r, bytes) {
                (Some(r), _) => r.map(Some),
                (None, Ok(b)) => stream(name, b, &mut out)?.map(|()| None),
                (None, Err(bad)) => Err(Bad::new(bad.message.clone())),
            };
            match r {
                Ok(Some(text)) => out.line(&text)?,
                Ok(None) => {}
                Err(bad) => {
                    let line = match bytes {
                        Ok(b) => line_of(b, &bad.message),
                        Err(_) => 1,
                    };
                    tally.fail(&mut out, name, None, line, Id::Path(name), &bad)?;
                }
            }
        }
    }
    tally.finish(&mut out)
}

/// The line of the byte offset a message names (`at byte offset N`), 1 when it names none.
fn line_of(bytes: &[u8], message: &str) -> usize {
    let offset = message
        .split("byte offset ")
        .nth(1)
        .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(0);
    1 + bytes
        .get(..offset.min(bytes.len()))
        .unwrap_or_default()
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

fn read_whole(path: &Path, max: u64) -> Result<Vec<u8>, Bad> {
    let src = open(path).map_err(Bad::new)?;
    let mut v = Vec::new();
    src.reader
        .take(max.saturating_add(1))
        .read_to_end(&mut v)
        .map_err(|e| Bad::new(format!("read error: {e}")))?;
    if v.len() as u64 > max {
        return Err(Bad::new(format!(
            "longer than --max-record-bytes {max} bytes"
        )));
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("64K"), Ok(64 << 10));
        assert_eq!(parse_size("128m"), Ok(128 << 20));
        assert_eq!(parse_size("2G"), Ok(2 << 30));
        assert!(parse_size("0").is_err());
        assert!(parse_size("K").is_err());
        assert!(parse_size("12T").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
    }

    #[test]
    fn long_lines_are_skipped_not_kept() {
        let data = b"short\nabcdefghij\nxy\r\nlast";
        let mut r = BufReader::with_capacity(4, &data[..]);
        let mut pos = (0, 0);
        let c = read_chunk(&mut r, &mut pos, 5).unwrap();
        let got: Vec<(usize, u64, &[u8], Option<u64>)> = c
            .spans
            .iter()
            .map(|s| (s.number, s.offset, &c.buf[s.from..s.to], s.too_long))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, 0, &b"short"[..], None),
                (2, 6, &b""[..], Some(10)),
                (3, 17, &b"xy"[..], None),
                (4, 21, &b"last"[..], None),
            ]
        );
        assert!(c.buf.len() < 16);
    }

    // The fixed parts of the progress line leave at least 20 columns of bar in an 80-column
    // terminal (the bar itself shrinks to what is left).
    const _: () = assert!(BAR_FIXED_WIDTH + 20 <= 80);

    #[test]
    fn progress_bar_template() {
        assert!(ProgressStyle::with_template(BAR_TEMPLATE).is_ok());
        assert!(BAR_TEMPLATE.contains("{wide_bar}"));
    }
}
