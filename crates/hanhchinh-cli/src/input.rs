//! Streaming input: files or stdin, read in chunks of lines, processed in parallel (rayon),
//! written in input order. Memory is bounded by the chunk size, whatever the input size.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::Path;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::{Failure, Io};

/// Lines per parallel chunk.
const CHUNK_LINES: usize = 2048;
/// Bytes per parallel chunk (a chunk ends at the first line boundary past this).
const CHUNK_BYTES: usize = 4 << 20;

/// One input line.
pub(crate) struct Line<'a> {
    /// Line number in its file, from 1.
    pub number: usize,
    /// Byte offset of the line in its file.
    pub offset: u64,
    /// The bytes, without the line break.
    pub bytes: &'a [u8],
}

/// Sets the size of rayon's global pool (once).
pub(crate) fn threads(n: Option<usize>) {
    if let Some(n) = n {
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
}

/// An opened input.
pub(crate) struct Source {
    pub name: String,
    reader: Box<dyn Read + Send>,
    len: Option<u64>,
}

/// Opens the inputs (stdin when there is none).
pub(crate) fn open(io: &Io) -> Result<Vec<Source>, Failure> {
    if io.files.is_empty() {
        return Ok(vec![stdin()]);
    }
    io.files
        .iter()
        .map(|p| {
            if p.as_os_str() == "-" {
                return Ok(stdin());
            }
            let f = File::open(p)
                .map_err(|e| Failure::input(format!("{}: cannot open: {e}", p.display())))?;
            let len = f.metadata().ok().map(|m| m.len());
            Ok(Source {
                name: p.display().to_string(),
                reader: Box::new(f),
                len,
            })
        })
        .collect()
}

fn stdin() -> Source {
    Source {
        name: "<stdin>".to_string(),
        reader: Box::new(io::stdin()),
        len: None,
    }
}

fn bar(io: &Io, src: &Source) -> Option<ProgressBar> {
    let len = src.len?;
    if io.quiet || !io::stderr().is_terminal() {
        return None;
    }
    let pb = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template(
        "{spinner} {bytes}/{total_bytes} [{bar:40}] {bytes_per_sec} eta {eta}",
    ) {
        pb.set_style(style.progress_chars("=> "));
    }
    Some(pb)
}

/// The text of a line, or the error naming the file and byte offset of the first invalid byte.
pub(crate) fn utf8<'a>(
    name: &str,
    line: &Line<'a>,
    lossy: bool,
) -> Result<std::borrow::Cow<'a, str>, String> {
    match std::str::from_utf8(line.bytes) {
        Ok(s) => Ok(std::borrow::Cow::Borrowed(s)),
        Err(_) if lossy => Ok(String::from_utf8_lossy(line.bytes)),
        Err(e) => Err(format!(
            "{name}: invalid UTF-8 at byte offset {} (line {}); use --lossy to replace it",
            line.offset + e.valid_up_to() as u64,
            line.number
        )),
    }
}

/// Output writer on stdout.
pub(crate) fn stdout() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::with_capacity(1 << 16, io::stdout().lock())
}

/// A chunk of whole lines: one buffer, and (line number, byte offset in the file, from, to)
/// of each line in it.
struct Chunk {
    buf: Vec<u8>,
    spans: Vec<(usize, u64, usize, usize)>,
    /// Bytes of the file read up to the end of this chunk.
    end: u64,
}

fn read_chunk(
    reader: &mut impl BufRead,
    name: &str,
    pos: &mut (usize, u64),
) -> Result<Chunk, Failure> {
    let mut buf: Vec<u8> = Vec::new();
    let mut spans = Vec::new();
    while spans.len() < CHUNK_LINES && buf.len() < CHUNK_BYTES {
        let from = buf.len();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| Failure::input(format!("{name}: read error: {e}")))?;
        if n == 0 {
            break;
        }
        let mut to = buf.len();
        if buf.get(to - 1) == Some(&b'\n') {
            to -= 1;
            if to > from && buf.get(to - 1) == Some(&b'\r') {
                to -= 1;
            }
        }
        pos.0 += 1;
        spans.push((pos.0, pos.1, from, to));
        pos.1 += n as u64;
    }
    Ok(Chunk {
        buf,
        spans,
        end: pos.1,
    })
}

/// Runs `f` over every line of every input, in parallel chunks, and writes each result as one
/// output line, in input order. `f` gets the source name and the line; an `Err` stops the run
/// after the lines before it are written (exit code 1). `Ok(None)` writes nothing.
pub(crate) fn lines<F>(io: &Io, f: F) -> Result<(), Failure>
where
    F: Fn(&str, &Line<'_>) -> Result<Option<String>, String> + Sync,
{
    threads(io.threads);
    let mut out = stdout();
    for src in open(io)? {
        let pb = bar(io, &src);
        let name = src.name.clone();
        let mut reader = BufReader::with_capacity(1 << 16, src.reader);
        let mut pos = (0usize, 0u64); // lines and bytes read so far
        let mut cur = read_chunk(&mut reader, &name, &mut pos)?;
        while !cur.spans.is_empty() {
            // Process this chunk while the next one is read.
            let (results, next) = rayon::join(
                || {
                    cur.spans
                        .par_iter()
                        .map(|&(number, offset, from, to)| {
                            let line = Line {
                                number,
                                offset,
                                bytes: cur.buf.get(from..to).unwrap_or_default(),
                            };
                            f(&name, &line)
                        })
                        .collect::<Vec<Result<Option<String>, String>>>()
                },
                || read_chunk(&mut reader, &name, &mut pos),
            );
            for r in results {
                match r {
                    Ok(Some(s)) => {
                        out.write_all(s.as_bytes())
                            .and_then(|_| out.write_all(b"\n"))
                            .map_err(|e| Failure::output(&e))?;
                    }
                    Ok(None) => {}
                    Err(msg) => {
                        out.flush().map_err(|e| Failure::output(&e))?;
                        return Err(Failure::input(msg));
                    }
                }
            }
            if let Some(pb) = &pb {
                pb.set_position(cur.end);
            }
            cur = next?;
        }
        if let Some(pb) = pb {
            pb.finish_and_clear();
        }
    }
    out.flush().map_err(|e| Failure::output(&e))
}

/// Runs `f` over each whole input (one document per file), files in parallel, in order.
pub(crate) fn wholes<F>(io: &Io, f: F) -> Result<(), Failure>
where
    F: Fn(&str, &[u8]) -> Result<String, String> + Sync,
{
    threads(io.threads);
    let mut out = stdout();
    let mut sources = open(io)?;
    for group in sources.chunks_mut(64) {
        let mut docs: Vec<(String, Vec<u8>)> = Vec::with_capacity(group.len());
        for src in group.iter_mut() {
            let mut v = Vec::new();
            src.reader
                .read_to_end(&mut v)
                .map_err(|e| Failure::input(format!("{}: read error: {e}", src.name)))?;
            docs.push((src.name.clone(), v));
        }
        let results: Vec<Result<String, String>> = docs.par_iter().map(|(n, b)| f(n, b)).collect();
        for r in results {
            let s = r.map_err(Failure::input)?;
            out.write_all(s.as_bytes())
                .and_then(|_| out.write_all(b"\n"))
                .map_err(|e| Failure::output(&e))?;
        }
    }
    out.flush().map_err(|e| Failure::output(&e))
}

/// The file name of a path, for ids.
pub(crate) fn base_name(name: &str) -> String {
    Path::new(name)
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.to_string())
}
