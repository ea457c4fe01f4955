"""Throughput of the hanhchinh Python package against its peers, same process, same input.

Run by scripts/bench-python.sh (which installs the peers into a virtual environment under the
target folder); prints a Markdown table for docs/benchmarks.md.

* segment: hanhchinh.segment(line, format="text") against pyvi's ViTokenizer.tokenize(line)
  and underthesea's word_tokenize(line, format="text"), one call per line of the sample pages;
* convert: Gazetteer.convert_many against vietnamadminunits.convert_address, on generated
  pre-2025 addresses (commune, district, province; vietnamadminunits' network geocoding of
  street addresses is answered "not found" at once);
* analyze: Analyzer.analyze_many (entity objects) and analyze_many_json against the CLI
  (`hanhchinh analyze -j1`) on the same lines;
* Spark: the examples/spark job in local[2] against the CLI, per CPU-second of the whole
  process tree (JVM and Python workers).

Times are CPU seconds (process_time; for the CLI and Spark, the CPU of their processes), so
that other work on the machine does not change the ratios; wall-clock times of the parallel
calls are printed too.
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "examples" / "spark"))

import generate_addresses  # noqa: E402
import hanhchinh  # noqa: E402


def cpu_of(f, min_seconds=1.0):
    """CPU seconds per call of f(), over enough calls to last `min_seconds` of CPU."""
    calls, start = 0, time.process_time()
    while True:
        f()
        calls += 1
        spent = time.process_time() - start
        if spent >= min_seconds:
            return spent / calls


def wall_of(f):
    start = time.perf_counter()
    f()
    return time.perf_counter() - start


def child_cpu(args, stdin_path):
    """CPU seconds (user + system) of running `args` with stdin from a file, output dropped."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(stdin_path, "rb") as f:
        subprocess.run(args, stdin=f, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def tree_cpu(root):
    """CPU seconds of the live processes below `root` (and of their reaped children)."""
    tick = os.sysconf("SC_CLK_TCK")
    parent, times = {}, {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parent[int(pid)] = int(fields[1])
        times[int(pid)] = sum(int(x) for x in fields[11:15]) / tick
    total = 0.0
    for pid in times:
        p = parent.get(pid)
        while p is not None and p != root and p in parent:
            p = parent[p]
        if p == root:
            total += times[pid]
    return total


def lines_of_pages(min_bytes):
    """The non-empty lines of the sample pages, repeated until they hold `min_bytes` bytes."""
    lines = []
    for p in sorted((REPO / "data" / "corpus" / "seeds").glob("*.txt")):
        lines += [x for x in p.read_text(encoding="utf-8").split("\n") if x.strip()]
    out, size = [], 0
    while size < min_bytes:
        out += lines
        size += sum(len(x.encode()) + 1 for x in lines)
    return out, size


def mb(n):
    return n / 1e6


def rate(x, unit):
    """`x` per second, with the precision its unit deserves."""
    return f"{x:,.0f} {unit}/s" if unit == "addresses" else f"{x:.1f} {unit}/s"


def bench_segment(rows, peers):
    lines, size = lines_of_pages(400_000)
    t = cpu_of(lambda: [hanhchinh.segment(x, format="text") for x in lines])
    rows.append(("segment", "hanhchinh.segment", f"{mb(size) / t:.1f} MB/s", "1"))
    base = mb(size) / t
    if "pyvi" in peers:
        from pyvi import ViTokenizer

        t2 = cpu_of(lambda: [ViTokenizer.tokenize(x) for x in lines])
        rows.append(
            (
                "segment",
                "pyvi ViTokenizer",
                f"{mb(size) / t2:.2f} MB/s",
                f"1/{base * t2 / mb(size):.0f}",
            )
        )
    if "underthesea" in peers:
        from underthesea import word_tokenize

        t3 = cpu_of(lambda: [word_tokenize(x, format="text") for x in lines])
        rows.append(
            (
                "segment",
                "underthesea word_tokenize",
                f"{mb(size) / t3:.2f} MB/s",
                f"1/{base * t3 / mb(size):.0f}",
            )
        )


def bench_convert(rows, peers, n_peer):
    g = hanhchinh.Gazetteer()
    addresses = generate_addresses.legacy(n_peer)
    t = cpu_of(lambda: g.convert_many(addresses, threads=1))
    base = len(addresses) / t
    rows.append(("convert", "Gazetteer.convert_many, threads=1", f"{base:,.0f} addresses/s", "1"))
    big = addresses * 20
    w = wall_of(lambda: g.convert_many(big))
    rows.append(
        (
            "convert",
            f"Gazetteer.convert_many, all cores (wall, {os.cpu_count()} cores)",
            f"{len(big) / w:,.0f} addresses/s",
            "",
        )
    )
    if "vietnamadminunits" in peers:
        import vietnamadminunits.converter.converter_2025 as vam_converter
        from vietnamadminunits import convert_address

        # vietnamadminunits geocodes (over the network) an address it reads as having a street
        # part; offline, as here, every look-up fails after retries. Answer "not found" at once
        # (its own fallback: the default successor ward), so that its time is its own.
        vam_converter.get_geo_location = lambda address: None

        failures = 0

        def run():
            nonlocal failures
            for a in addresses:
                try:
                    convert_address(a)
                except Exception:  # noqa: BLE001 - a failed address still cost its time
                    failures += 1

        t2 = cpu_of(run, min_seconds=0.5)
        note = f" ({failures} raised)" if failures else ""
        rows.append(
            (
                "convert",
                f"vietnamadminunits.convert_address{note}",
                f"{len(addresses) / t2:,.0f} addresses/s",
                f"1/{base * t2 / len(addresses):.0f}",
            )
        )


def bench_analyze(rows, cli):
    lines, size = lines_of_pages(4_000_000)
    a = hanhchinh.Analyzer()
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
        path = f.name
    try:
        t_cli, _ = child_cpu([cli, "analyze", "-j1", "--quiet"], path)
        t_cli = min(t_cli, child_cpu([cli, "analyze", "-j1", "--quiet"], path)[0])
        rows.append(
            (
                "analyze",
                "CLI `hanhchinh analyze -j1` (JSON to /dev/null)",
                f"{mb(size) / t_cli:.1f} MB/s",
                "1",
            )
        )
        t = cpu_of(lambda: a.analyze_many(lines, threads=1))
        rows.append(
            (
                "analyze",
                "Analyzer.analyze_many, threads=1 (Entity objects)",
                f"{mb(size) / t:.1f} MB/s",
                f"{t_cli / t:.2f}",
            )
        )
        t = cpu_of(lambda: a.analyze_many_json(lines, threads=1))
        rows.append(
            (
                "analyze",
                "Analyzer.analyze_many_json, threads=1",
                f"{mb(size) / t:.1f} MB/s",
                f"{t_cli / t:.2f}",
            )
        )
        _, w_cli = child_cpu([cli, "analyze", "--quiet"], path)
        w = wall_of(lambda: a.analyze_many(lines))
        rows.append(
            (
                "analyze",
                "wall, all cores: CLI / analyze_many",
                f"{mb(size) / w_cli:.1f} / {mb(size) / w:.1f} MB/s",
                f"{w_cli / w:.2f}",
            )
        )
    finally:
        os.unlink(path)


def bench_spark(rows, cli, n, text_bytes):
    import hanhchinh_spark
    import pyarrow as pa
    import pyarrow.parquet as pq
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    spark.sparkContext.addPyFile(str(REPO / "examples" / "spark" / "hanhchinh_spark.py"))
    addresses = generate_addresses.generate(n)
    lines, size = lines_of_pages(text_bytes)
    with tempfile.TemporaryDirectory() as d:

        def write(name, column, values):
            # Four files: four tasks, two at a time on local[2], no shuffle.
            os.makedirs(os.path.join(d, name))
            for k in range(4):
                part = values[k::4]
                table = pa.table({"id": list(range(k, len(values), 4)), column: part})
                pq.write_table(table, os.path.join(d, name, f"part-{k}.parquet"))
            with open(os.path.join(d, name + ".txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(values) + "\n")

        write("a", "address", addresses)
        write("t", "text", lines)

        def job(kind, out):
            df = spark.read.parquet(os.path.join(d, kind))
            if kind == "a":
                df = hanhchinh_spark.convert_addresses(df, "address")
            else:
                df = hanhchinh_spark.extract_entities(df, "text")
            df.write.mode("overwrite").parquet(os.path.join(d, out))

        # Start the JVM's code paths and the Python workers on both jobs first.
        job("a", "warm_a")
        job("t", "warm_t")
        for kind, count, unit, cmd in (
            ("a", n, "addresses", "convert"),
            ("t", mb(size), "MB", "analyze"),
        ):
            c0, w0 = tree_cpu(os.getpid()), time.perf_counter()
            job(kind, "out_" + kind)
            c1, w1 = tree_cpu(os.getpid()), time.perf_counter()
            t_cli, _ = child_cpu([cli, cmd, "-j1", "--quiet"], os.path.join(d, kind + ".txt"))
            fmt = functools.partial(rate, unit=unit)
            what = (
                f"{n:,} generated addresses" if kind == "a" else f"{mb(size):.0f} MB of page lines"
            )
            rows.append(
                (
                    "spark",
                    f"CLI `hanhchinh {cmd} -j1` ({what}), per CPU-second",
                    fmt(count / t_cli),
                    "1",
                )
            )
            rows.append(
                (
                    "spark",
                    f"Spark local[2] job ({cmd}), per CPU-second of JVM + workers",
                    fmt(count / (c1 - c0)),
                    f"{t_cli / (c1 - c0):.2f}",
                )
            )
            rows.append(
                (
                    "spark",
                    f"Spark local[2] job ({cmd}), wall-clock, per core",
                    fmt(count / (w1 - w0) / 2),
                    "",
                )
            )
    spark.stop()


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cli", required=True, help="the hanhchinh binary (release)")
    p.add_argument("--peers", default="pyvi,underthesea,vietnamadminunits")
    p.add_argument("--skip", default="", help="sections to skip: segment,convert,analyze,spark")
    p.add_argument("--addresses", type=int, default=5000, help="addresses given to the peers")
    p.add_argument("--spark-addresses", type=int, default=200_000)
    p.add_argument("--spark-text-mb", type=int, default=32)
    args = p.parse_args()
    peers = set(filter(None, args.peers.split(",")))
    skip = set(filter(None, args.skip.split(",")))
    rows = []
    if "segment" not in skip:
        bench_segment(rows, peers)
    if "convert" not in skip:
        bench_convert(rows, peers, args.addresses)
    if "analyze" not in skip:
        bench_analyze(rows, args.cli)
    if "spark" not in skip:
        bench_spark(rows, args.cli, args.spark_addresses, args.spark_text_mb * 1_000_000)
    print(
        f"\nhanhchinh {hanhchinh.__version__}, Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}\n"
    )
    print("| task | implementation | throughput | ratio |")
    print("| --- | --- | ---: | ---: |")
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main()
