"""Convert addresses and extract entities from tables on Spark, with the hanhchinh package.

    spark-submit hanhchinh_spark.py --addresses customers.csv --texts news.parquet --out out/

reads a table of addresses (CSV with a header, or Parquet) and/or a table of texts, and writes
Parquet:

* out/addresses: the input columns, then `old_code`, `old_level` (the unit the address names,
  or null), `new_codes` (the units valid on --date, default today, that it became), `split`
  (several of them) and `candidates` (codes, when the address is ambiguous): the fields of
  `hanhchinh convert`;
* out/entities: the input columns, then `entities` (the JSON array that `hanhchinh analyze`
  writes for the text: docs/json-contract.md) and `entity_count`.

The work runs in `mapInArrow`: each Python worker builds its Gazetteer and Analyzer once (they
are cached in this module, which Spark ships to the executors) and converts whole Arrow
batches (`spark.sql.execution.arrow.maxRecordsPerBatch` rows, 10,000 by default) per call
with `convert_many` and `analyze_many_json`. See README.md for running it on a cluster.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Iterator

import pyarrow as pa

ADDRESS_COLUMNS = [
    ("old_code", pa.string()),
    ("old_level", pa.string()),
    ("new_codes", pa.list_(pa.string())),
    ("split", pa.bool_()),
    ("candidates", pa.list_(pa.string())),
]
ENTITY_COLUMNS = [("entities", pa.string()), ("entity_count", pa.int32())]

# One Gazetteer and one Analyzer per Python worker process, keyed by their options.
_CACHE: dict = {}


def gazetteer(name: str | None = None):
    """The embedded gazetteer, or the compiled file `name` shipped to the workers (addFile)."""
    import hanhchinh

    key = ("gazetteer", name)
    if key not in _CACHE:
        if name:
            from pyspark import SparkFiles

            _CACHE[key] = hanhchinh.Gazetteer.load(SparkFiles.get(name))
        else:
            _CACHE[key] = hanhchinh.Gazetteer()
    return _CACHE[key]


def analyzer(kinds: str | None = None, ref_date: str | None = None, gazetteer_name=None):
    """An Analyzer with these options (built once per worker)."""
    import hanhchinh

    key = ("analyzer", kinds, ref_date, gazetteer_name)
    if key not in _CACHE:
        g = gazetteer(gazetteer_name) if gazetteer_name else None
        _CACHE[key] = hanhchinh.Analyzer(kinds=kinds, ref_date=ref_date, gazetteer=g)
    return _CACHE[key]


def _strings(column: pa.Array) -> list[str]:
    return ["" if v is None else str(v) for v in column.to_pylist()]


def convert_batches(
    batches: Iterator[pa.RecordBatch],
    column: str,
    date: str | None = None,
    gazetteer_name: str | None = None,
    threads: int = 1,
) -> Iterator[pa.RecordBatch]:
    """The conversions of the addresses in `column`, batch by batch (for mapInArrow).

    Nulls are converted as empty addresses (no unit)."""
    g = gazetteer(gazetteer_name)
    for batch in batches:
        rows = g.convert_many(_strings(batch.column(column)), date=date, threads=threads)
        arrays = list(batch.columns) + [
            pa.array([r["old_code"] for r in rows], pa.string()),
            pa.array([r["old_level"] for r in rows], pa.string()),
            pa.array([r["new_codes"] for r in rows], pa.list_(pa.string())),
            pa.array([r["split"] for r in rows], pa.bool_()),
            pa.array(
                [[u["code"] for u in r.get("candidates", [])] for r in rows],
                pa.list_(pa.string()),
            ),
        ]
        names = list(batch.schema.names) + [n for n, _ in ADDRESS_COLUMNS]
        yield pa.RecordBatch.from_arrays(arrays, names=names)


def entity_batches(
    batches: Iterator[pa.RecordBatch],
    column: str,
    ref_date_column: str | None = None,
    kinds: str | None = None,
    ref_date: str | None = None,
    gazetteer_name: str | None = None,
    threads: int = 1,
) -> Iterator[pa.RecordBatch]:
    """The entities of the texts in `column`, batch by batch (for mapInArrow)."""
    a = analyzer(kinds, ref_date, gazetteer_name)
    for batch in batches:
        dates = None
        if ref_date_column:
            # Strings or dates; a null means "no date" for that text.
            dates = batch.column(ref_date_column).to_pylist()
        found = a.analyze_many_json(
            _strings(batch.column(column)), ref_dates=dates, threads=threads
        )
        # Inside the JSON every quote of a string is escaped: `{"kind":` opens an entity.
        counts = [j.count('{"kind":') for j in found]
        arrays = list(batch.columns) + [pa.array(found, pa.string()), pa.array(counts, pa.int32())]
        names = list(batch.schema.names) + [n for n, _ in ENTITY_COLUMNS]
        yield pa.RecordBatch.from_arrays(arrays, names=names)


def _schema(df, columns):
    """The Spark schema of `df` with `columns` (Arrow names and types) appended."""
    from pyspark.sql.pandas.types import from_arrow_type
    from pyspark.sql.types import StructField, StructType

    return StructType(
        list(df.schema.fields) + [StructField(n, from_arrow_type(t), True) for n, t in columns]
    )


def convert_addresses(df, column: str, date=None, gazetteer_name=None, threads: int = 1):
    """`df` with the conversion of `column` appended (see the module docstring)."""
    schema = _schema(df, ADDRESS_COLUMNS)
    f = functools.partial(
        convert_batches, column=column, date=date, gazetteer_name=gazetteer_name, threads=threads
    )
    return df.mapInArrow(f, schema)


def extract_entities(
    df, column: str, ref_date_column=None, kinds=None, ref_date=None, gazetteer_name=None, threads=1
):
    """`df` with the entities of `column` appended (see the module docstring)."""
    schema = _schema(df, ENTITY_COLUMNS)
    f = functools.partial(
        entity_batches,
        column=column,
        ref_date_column=ref_date_column,
        kinds=kinds,
        ref_date=ref_date,
        gazetteer_name=gazetteer_name,
        threads=threads,
    )
    return df.mapInArrow(f, schema)


def read_table(spark, path: str, fmt: str | None):
    fmt = fmt or ("parquet" if path.rstrip("/").endswith(".parquet") else "csv")
    if fmt == "parquet":
        return spark.read.parquet(path)
    # Every column as a string (codes and dates keep their leading zeros); quotes doubled
    # inside quoted fields, as Python's csv, pandas and spreadsheets write them.
    return (
        spark.read.option("header", True)
        .option("inferSchema", False)
        .option("escape", '"')
        .csv(path)
    )


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--addresses", help="table of addresses (CSV with a header, or Parquet)")
    p.add_argument("--address-column", default="address")
    p.add_argument("--date", help="convert to the units valid on this day (default today)")
    p.add_argument("--texts", help="table of texts (CSV with a header, or Parquet)")
    p.add_argument("--text-column", default="text")
    p.add_argument("--ref-date-column", help="column with each text's date (YYYY-MM-DD)")
    p.add_argument("--ref-date", help="date of every text without its own (YYYY-MM-DD)")
    p.add_argument("--kinds", help="only these entity kinds, comma-separated")
    p.add_argument("--gazetteer", help="compiled gazetteer file (hanhchinh gazetteer build)")
    p.add_argument("--format", choices=["csv", "parquet"], help="input format (default: by name)")
    p.add_argument("--threads", type=int, default=1, help="threads per Spark task (default 1)")
    p.add_argument("--partitions", type=int, help="repartition the inputs to this many")
    p.add_argument("--master", help="Spark master when run without spark-submit (local[2])")
    p.add_argument("--out", required=True, help="output folder (Parquet tables)")
    args = p.parse_args(argv)
    if not args.addresses and not args.texts:
        p.error("give --addresses, --texts or both")
    return args


def main(argv=None, spark=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from pyspark.sql import SparkSession

    if spark is None:
        builder = SparkSession.builder.appName("hanhchinh")
        if args.master:
            # A local run: the workers use this interpreter (and its hanhchinh, pyarrow).
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            builder = builder.master(args.master)
        spark = builder.getOrCreate()
    # The executors import this module by name: their caches and functions live there.
    spark.sparkContext.addPyFile(os.path.abspath(__file__))
    gaz = None
    if args.gazetteer:
        spark.sparkContext.addFile(os.path.abspath(args.gazetteer))
        gaz = os.path.basename(args.gazetteer)
    import hanhchinh_spark as job  # this file, under the name the executors import

    if args.addresses:
        df = read_table(spark, args.addresses, args.format)
        if args.partitions:
            df = df.repartition(args.partitions)
        out = job.convert_addresses(df, args.address_column, args.date, gaz, args.threads)
        out.write.mode("overwrite").parquet(os.path.join(args.out, "addresses"))
    if args.texts:
        df = read_table(spark, args.texts, args.format)
        if args.partitions:
            df = df.repartition(args.partitions)
        out = job.extract_entities(
            df,
            args.text_column,
            args.ref_date_column,
            args.kinds,
            args.ref_date,
            gaz,
            args.threads,
        )
        out.write.mode("overwrite").parquet(os.path.join(args.out, "entities"))
    return spark


if __name__ == "__main__":
    main()
