//! Scaling: does the time of each entry point grow linearly with its input, whatever the shape
//! of the input, and how much memory does it take?
//!
//! For every entry point (`analyze`: the facade's `Analyzer::extract_iter` on the whole input
//! as one document, its entities taken window by window, as `hanhchinh analyze --whole` writes
//! them; `segment`: `hanhchinh_segment::Segmenter::segment_joined_into` on the whole input,
//! the `_`-joined words as `hanhchinh segment` writes a line; `convert`:
//! the gazetteer's `Gazetteer::convert` on every line, as `hanhchinh convert` reads a file), every
//! shape of input (real text and adversarial shapes, see [`SHAPES`]) and every size (100 KB,
//! 1 MB, 4 MB, 16 MB; 1 MB = 2^20 bytes), the benchmark runs ONE call in a fresh child process
//! and reports the throughput (MB of input per second of CPU time), the child's peak resident
//! memory (`VmHWM`), the memory the call added on top of what the process held before it (the
//! input and the loaded data), and per shape the ratio of the 16 MB time to the 1 MB time
//! (16 for a linear path; the target is <= 20).
//!
//! ```sh
//! cargo bench -p hanhchinh-benches --bench scaling                      # everything, 90 s limit
//! cargo bench -p hanhchinh-benches --bench scaling -- --limit 20 --funcs segment --sizes 1,16
//! ```
//!
//! Options (after `--`): `--limit SECS` (CPU time allowed per case, child's setup included,
//! default 90: a case that runs longer is killed and reported as `> limit`, and the larger
//! sizes of that shape are not tried), `--funcs a,b` (of `analyze`, `segment`, `convert`), `--shapes a,b` (of the
//! names in [`SHAPES`]), `--sizes a,b` (default `100K,1,4,16`: MB, or KB with `K`).
//! `HANHCHINH_BENCH_CORPUS=FILE` replaces the text that the `real`, `one-line` and `no-spaces`
//! shapes are made of. Run by `cargo test --benches` (no `--bench` argument), it only checks
//! that every case runs, at 100 KB.
//!
//! Why a bench binary and not criterion: each measurement must run in its own process so that
//! its peak memory is its own, one run of a 16 MB case is long enough to time (CPU time, not
//! disturbed by the other processes of a shared machine), and a quadratic case must be stopped
//! at a time limit instead of being sampled a hundred times. Peak memory is read from
//! `/proc/self/status`, the call's CPU time from `/proc/thread-self/schedstat` and a child's
//! CPU time (for the limit) from `/proc/<pid>/stat` (Linux); elsewhere the memory columns are
//! empty and wall-clock time is used.

#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::collections::BTreeMap;
use std::hint::black_box;
use std::io::Read;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

const MB: usize = 1 << 20;

/// The entry points measured.
const FUNCS: &[&str] = &["analyze", "segment", "convert"];

/// The input shapes: a name and what the input is made of (repeated up to the size, cut on a
/// character boundary).
const SHAPES: &[(&str, &str)] = &[
    ("real", "the benchmark corpus (seed pages and UD sentences, or HANHCHINH_BENCH_CORPUS), its lines kept"),
    ("one-line", "the same text with every line break made a space: one long line"),
    ("no-spaces", "the same text with every space and line break removed: one line without spaces"),
    ("digits", "`0123456789` repeated: one number of the whole size"),
    ("abbreviations", "`UBND HĐND TP. HCM Q.1 P.12 TT-BTC UBMTTQ VN Đ/c ` repeated on one line"),
    ("names", "`Nguyễn Văn An Trần ` repeated on one line"),
    ("addresses", "`Số 12 ngõ 34 phố Hàng Bông, phường Hàng Trống, quận Hoàn Kiếm, Hà Nội; ` repeated on one line"),
    ("parentheses", "`(Hà Nội ` repeated, then as many `)`: parentheses nested to the depth of half the input"),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--child") {
        return child(&args[1..]);
    }
    match parent(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("scaling: {e}");
            ExitCode::FAILURE
        }
    }
}

/// What one child reports.
#[derive(Clone, Copy, Debug)]
struct Measure {
    /// Seconds of CPU time of the call (wall-clock time where CPU time cannot be read).
    secs: f64,
    /// Peak resident memory of the child, bytes (0 when unknown).
    peak: u64,
    /// Peak resident memory before the call (input made, data loaded), bytes.
    before: u64,
    /// CPU seconds of the whole child (making the input, loading the data, the call): what
    /// the time limit is compared with.
    total: f64,
}

#[derive(Clone, Copy, Debug)]
enum Outcome {
    Done(Measure),
    /// Killed at the time limit, or not tried because a smaller size was.
    OverLimit,
    Failed,
}

struct Config {
    limit: Duration,
    funcs: Vec<String>,
    shapes: Vec<String>,
    sizes: Vec<usize>,
}

fn list(v: Option<&String>, what: &str) -> Result<Vec<String>, String> {
    let v = v.ok_or_else(|| format!("{what} needs a value"))?;
    Ok(v.split(',').map(|s| s.trim().to_owned()).collect())
}

fn config(args: &[String]) -> Result<Config, String> {
    let mut c = Config {
        limit: Duration::from_secs(90),
        funcs: FUNCS.iter().map(|s| (*s).to_owned()).collect(),
        shapes: SHAPES.iter().map(|(s, _)| (*s).to_owned()).collect(),
        sizes: vec![100 << 10, MB, 4 * MB, 16 * MB],
    };
    // `cargo bench` passes `--bench`; without it (`cargo test --benches`) the benchmark only
    // checks that it runs: the smallest size, and a short limit.
    if !args.iter().any(|a| a == "--bench") {
        c.sizes = vec![100 << 10];
        c.limit = Duration::from_secs(20);
    }
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            // what `cargo bench` passes to every harness = false target
            "--bench" => {}
            "--limit" => {
                let v = it.next().ok_or("--limit needs seconds")?;
                let s: f64 = v
                    .parse()
                    .map_err(|_| format!("--limit {v}: not a number"))?;
                c.limit = Duration::from_secs_f64(s.max(0.1));
            }
            "--funcs" => c.funcs = list(it.next(), "--funcs")?,
            "--shapes" => c.shapes = list(it.next(), "--shapes")?,
            "--sizes" => {
                c.sizes = list(it.next(), "--sizes")?
                    .iter()
                    .map(|s| parse_size(s))
                    .collect::<Result<_, _>>()?;
                c.sizes.sort_unstable();
            }
            other if other.starts_with('-') => {
                return Err(format!(
                    "unknown option {other} (options: --limit SECS, --funcs, --shapes, --sizes)"
                ))
            }
            // a criterion-style name filter: ignored, use --funcs / --shapes
            _ => {}
        }
    }
    for f in &c.funcs {
        if !FUNCS.contains(&f.as_str()) {
            return Err(format!(
                "unknown function {f} (one of {})",
                FUNCS.join(", ")
            ));
        }
    }
    for s in &c.shapes {
        if !SHAPES.iter().any(|(n, _)| n == s) {
            let names: Vec<_> = SHAPES.iter().map(|(n, _)| *n).collect();
            return Err(format!("unknown shape {s} (one of {})", names.join(", ")));
        }
    }
    Ok(c)
}

/// `100K` (KB) or `16` (MB), in bytes.
fn parse_size(s: &str) -> Result<usize, String> {
    let (num, unit) = match s.strip_suffix(['K', 'k']) {
        Some(n) => (n, 1usize << 10),
        None => (s, MB),
    };
    num.parse::<f64>()
        .ok()
        .filter(|n| *n > 0.0)
        .map(|n| (n * unit as f64) as usize)
        .ok_or_else(|| format!("--sizes {s}: not a size (100K for KB, 16 for MB)"))
}

fn size_name(bytes: usize) -> String {
    if bytes < MB {
        format!("{} KB", bytes >> 10)
    } else {
        format!("{} MB", bytes as f64 / MB as f64)
    }
}

fn parent(args: &[String]) -> Result<(), String> {
    let c = config(args)?;
    let exe = std::env::current_exe().map_err(|e| format!("own path: {e}"))?;
    let mut results: BTreeMap<(String, String, usize), Outcome> = BTreeMap::new();
    for func in &c.funcs {
        for shape in &c.shapes {
            let mut over = false;
            for &size in &c.sizes {
                let outcome = if over {
                    Outcome::OverLimit
                } else {
                    run_child(&exe, func, shape, size, c.limit)
                };
                over |= matches!(outcome, Outcome::OverLimit);
                let secs = match outcome {
                    Outcome::Done(m) => format!(" ({:.2} s)", m.secs),
                    _ => String::new(),
                };
                eprintln!(
                    "{func:<8} {shape:<13} {:>7}: {}{secs}",
                    size_name(size),
                    cell(size, outcome)
                );
                results.insert((func.clone(), shape.clone(), size), outcome);
            }
        }
    }
    report(&c, &results);
    Ok(())
}

fn run_child(
    exe: &std::path::Path,
    func: &str,
    shape: &str,
    size: usize,
    limit: Duration,
) -> Outcome {
    let spawned = Command::new(exe)
        .args(["--child", func, shape, &size.to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn();
    let Ok(mut child) = spawned else {
        return Outcome::Failed;
    };
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                let mut out = String::new();
                if let Some(mut o) = child.stdout.take() {
                    let _ = o.read_to_string(&mut out);
                }
                if !status.success() {
                    return Outcome::Failed;
                }
                return parse_measure(&out).map_or(Outcome::Failed, Outcome::Done);
            }
            // The limit is on the child's CPU time, which the load of a shared machine does not
            // stretch; wall-clock time is the fallback where that cannot be read, and a bound
            // (five times the limit) in case the child gets no CPU at all.
            Ok(None)
                if process_cpu_secs(&format!("/proc/{}/stat", child.id()))
                    .map_or(start.elapsed() > limit, |cpu| cpu > limit.as_secs_f64())
                    || start.elapsed() > 5 * limit =>
            {
                let _ = child.kill();
                let _ = child.wait();
                return Outcome::OverLimit;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(_) => return Outcome::Failed,
        }
    }
}

fn parse_measure(out: &str) -> Option<Measure> {
    let line = out.lines().find_map(|l| l.strip_prefix("MEASURE "))?;
    let mut f = line.split_whitespace();
    Some(Measure {
        secs: f.next()?.parse().ok()?,
        peak: f.next()?.parse().ok()?,
        before: f.next()?.parse().ok()?,
        total: f.next()?.parse().ok()?,
    })
}

fn mb_per_s(size: usize, m: &Measure) -> f64 {
    size as f64 / MB as f64 / m.secs.max(1e-9)
}

fn cell(size: usize, o: Outcome) -> String {
    match o {
        Outcome::Done(m) if m.peak > 0 => format!(
            "{:.1} MB/s, {:.0} MB",
            mb_per_s(size, &m),
            m.peak as f64 / MB as f64
        ),
        Outcome::Done(m) => format!("{:.1} MB/s", mb_per_s(size, &m)),
        Outcome::OverLimit => "> limit".to_owned(),
        Outcome::Failed => "failed".to_owned(),
    }
}

fn report(c: &Config, results: &BTreeMap<(String, String, usize), Outcome>) {
    let get =
        |f: &str, s: &str, size: usize| results.get(&(f.to_owned(), s.to_owned(), size)).copied();
    println!(
        "\nScaling (one call per child process; CPU-time throughput in MB/s of input, peak RSS of \
         the process; limit {} s of CPU per case; corpus: {})\n",
        c.limit.as_secs_f64(),
        hanhchinh_benches::corpus_name()
    );
    // The time ratio between the largest size and the one 16 times smaller (1 MB and 16 MB by
    // default), or the smallest; linear time gives the ratio of the sizes, the target allows
    // 1.25 times that (20 for 16 MB / 1 MB).
    let largest = c.sizes.last().copied().unwrap_or(16 * MB);
    let big = largest;
    let small = c
        .sizes
        .iter()
        .copied()
        .find(|&s| s * 16 == big)
        .or_else(|| c.sizes.first().copied())
        .unwrap_or(MB);
    let target = 1.25 * big as f64 / small.max(1) as f64;
    for func in &c.funcs {
        println!("`{func}`\n");
        let mut head = "| shape |".to_owned();
        let mut rule = "| --- |".to_owned();
        for &s in &c.sizes {
            head.push_str(&format!(" {} |", size_name(s)));
            rule.push_str(" ---: |");
        }
        head.push_str(&format!(
            " {} / {} time | memory added at {}, x input |",
            size_name(big),
            size_name(small),
            size_name(largest)
        ));
        rule.push_str(" ---: | ---: |");
        println!("{head}\n{rule}");
        for shape in &c.shapes {
            let mut row = format!("| {shape} |");
            for &s in &c.sizes {
                let o = get(func, shape, s).unwrap_or(Outcome::Failed);
                row.push_str(&format!(" {} |", cell(s, o)));
            }
            let ratio = match (get(func, shape, small), get(func, shape, big)) {
                (Some(Outcome::Done(a)), Some(Outcome::Done(b))) => {
                    let r = b.secs / a.secs.max(1e-9);
                    if r <= target {
                        format!("{r:.1}")
                    } else {
                        format!("**{r:.1}**")
                    }
                }
                (Some(Outcome::Done(a)), Some(Outcome::OverLimit)) => {
                    // A lower bound: the limit against the whole 1 MB child's CPU time (the
                    // limit counts the whole child); conclusive only when it is already over
                    // the target.
                    let r = c.limit.as_secs_f64() / a.total.max(1e-9);
                    if r > target {
                        format!("**> {r:.0}**")
                    } else {
                        format!("> {r:.0} (limit)")
                    }
                }
                _ => "".to_owned(),
            };
            let added = match get(func, shape, largest) {
                Some(Outcome::Done(m)) if m.peak > 0 => format!(
                    "{:.1}",
                    m.peak.saturating_sub(m.before) as f64 / largest as f64
                ),
                _ => "".to_owned(),
            };
            println!("{row} {ratio} | {added} |");
        }
        println!();
    }
    println!("Shapes:");
    for (name, what) in SHAPES {
        if c.shapes.iter().any(|s| s == name) {
            println!("- `{name}`: {what}");
        }
    }
}

// ---- the child: make the input, load what the function needs, run it once, report ----

/// `unit` repeated up to `size` bytes, cut on a character boundary.
fn repeat_to(unit: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + unit.len());
    while s.len() < size {
        s.push_str(unit);
    }
    let mut end = size.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

fn input(shape: &str, size: usize) -> String {
    match shape {
        "real" => repeat_to(&format!("{}\n\n", hanhchinh_benches::corpus()), size),
        "one-line" => {
            let one: String = hanhchinh_benches::corpus()
                .split(['\n', '\r'])
                .filter(|l| !l.trim().is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            repeat_to(&format!("{one} "), size)
        }
        "no-spaces" => {
            let one: String = hanhchinh_benches::corpus()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            repeat_to(&one, size)
        }
        "digits" => repeat_to("0123456789", size),
        "abbreviations" => repeat_to("UBND HĐND TP. HCM Q.1 P.12 TT-BTC UBMTTQ VN Đ/c ", size),
        "names" => repeat_to("Nguyễn Văn An Trần ", size),
        "addresses" => repeat_to(
            "Số 12 ngõ 34 phố Hàng Bông, phường Hàng Trống, quận Hoàn Kiếm, Hà Nội; ",
            size,
        ),
        "parentheses" => {
            let open = "(Hà Nội ";
            let depth = size / 2 / open.len();
            let mut s = open.repeat(depth);
            s.push_str(&")".repeat(size.saturating_sub(s.len())));
            s
        }
        _ => String::new(),
    }
}

/// A field of `/proc/self/status` in bytes (`VmHWM`, `VmRSS`), 0 where it cannot be read.
fn status_bytes(field: &str) -> u64 {
    let Ok(s) = std::fs::read_to_string("/proc/self/status") else {
        return 0;
    };
    s.lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().strip_suffix("kB"))
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

/// User plus system CPU time in seconds of the process whose `/proc/<pid>/stat` is at `path`
/// (`/proc/self/stat` for this one), in the kernel's fixed 100 ticks per second.
fn process_cpu_secs(path: &str) -> Option<f64> {
    let s = std::fs::read_to_string(path).ok()?;
    // Fields after the command name (which may hold spaces, inside parentheses): the state is
    // field 3, utime and stime are fields 14 and 15.
    let rest = s.get(s.rfind(')')? + 1..)?;
    let mut f = rest.split_whitespace().skip(11);
    let utime: u64 = f.next()?.parse().ok()?;
    let stime: u64 = f.next()?.parse().ok()?;
    Some((utime + stime) as f64 / 100.0)
}

/// CPU time of this thread in seconds (`/proc/thread-self/schedstat`, nanoseconds), if known.
fn cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}

fn child(args: &[String]) -> ExitCode {
    let (Some(func), Some(shape), Some(size)) = (args.first(), args.get(1), args.get(2)) else {
        eprintln!("scaling --child FUNC SHAPE BYTES");
        return ExitCode::FAILURE;
    };
    let size: usize = size.parse().unwrap_or(0);
    let text = input(shape, size);
    // Load the data and warm what is built on first use, outside the timed call.
    let warm = "UBND phường Hàng Trống, quận Hoàn Kiếm, Hà Nội ngày 18/5/2023";
    let run: Box<dyn Fn(&str) -> usize> = match func.as_str() {
        "analyze" => {
            let a = hanhchinh::Analyzer::default();
            Box::new(move |t| a.extract_iter(t).map(|w| w.len()).sum())
        }
        "segment" => {
            let seg = hanhchinh_segment::Segmenter::default();
            Box::new(move |t| {
                let mut out = String::new();
                seg.segment_joined_into(t, &mut out);
                out.len()
            })
        }
        "convert" => {
            let g = hanhchinh_gazetteer::Gazetteer::default();
            // Every run converts to the same day: the last the data knows.
            let to = g.latest_date();
            Box::new(move |t| {
                t.lines()
                    .map(|l| {
                        black_box(g.convert(l, to));
                        1
                    })
                    .sum()
            })
        }
        _ => {
            eprintln!("unknown function {func}");
            return ExitCode::FAILURE;
        }
    };
    black_box(run(warm));
    let before = status_bytes("VmHWM");
    let (cpu0, wall0) = (cpu_secs(), Instant::now());
    black_box(run(black_box(&text)));
    let wall = wall0.elapsed().as_secs_f64();
    let secs = match (cpu0, cpu_secs()) {
        (Some(a), Some(b)) if b > a => b - a,
        _ => wall,
    };
    let peak = status_bytes("VmHWM");
    let total = process_cpu_secs("/proc/self/stat").unwrap_or(wall);
    println!("MEASURE {secs} {peak} {before} {total}");
    ExitCode::SUCCESS
}
