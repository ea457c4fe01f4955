"""Addresses and texts in a Polars DataFrame, converted and analysed by hanhchinh.

    python hanhchinh_polars.py addresses.csv address out.parquet

On one machine Polars plus hanhchinh is the short path: `convert_many` and `analyze_many_json`
take a whole column, release the GIL and use every core, so a column of a million addresses is
one call. Nulls are treated as empty strings (no unit, no entity).
"""

from __future__ import annotations

import sys

import hanhchinh
import polars as pl

CONVERSION = pl.Struct(
    {
        "old_code": pl.String,
        "old_level": pl.String,
        "new_codes": pl.List(pl.String),
        "split": pl.Boolean,
        "candidates": pl.List(pl.String),
    }
)


def convert_column(
    df: pl.DataFrame,
    column: str,
    gazetteer: hanhchinh.Gazetteer | None = None,
    date=None,
    threads: int | None = None,
) -> pl.DataFrame:
    """`df` with old_code, old_level, new_codes, split and candidates (codes) for the addresses
    of `column`: the fields of `hanhchinh convert`."""
    g = gazetteer or hanhchinh.Gazetteer()

    def convert(s: pl.Series) -> pl.Series:
        rows = g.convert_many(s.fill_null("").to_list(), date=date, threads=threads)
        return pl.Series(
            [
                {
                    "old_code": r["old_code"],
                    "old_level": r["old_level"],
                    "new_codes": r["new_codes"],
                    "split": r["split"],
                    "candidates": [u["code"] for u in r.get("candidates", [])],
                }
                for r in rows
            ],
            dtype=CONVERSION,
        )

    conv = pl.col(column).map_batches(convert, return_dtype=CONVERSION).alias("_conversion")
    return df.with_columns(conv).unnest("_conversion")


def entities_column(
    df: pl.DataFrame,
    column: str,
    analyzer: hanhchinh.Analyzer | None = None,
    threads: int | None = None,
) -> pl.DataFrame:
    """`df` with `entities`: the JSON array `hanhchinh analyze` writes for each text of
    `column` (read it back with `pl.col("entities").str.json_decode()`)."""
    a = analyzer or hanhchinh.Analyzer()

    def analyze(s: pl.Series) -> pl.Series:
        return pl.Series(a.analyze_many_json(s.fill_null("").to_list(), threads=threads))

    return df.with_columns(
        pl.col(column).map_batches(analyze, return_dtype=pl.String).alias("entities")
    )


def main(argv):
    if len(argv) != 4:
        sys.exit(f"usage: {argv[0]} TABLE.csv|TABLE.parquet ADDRESS_COLUMN OUT.parquet")
    path, column, out = argv[1:]
    df = pl.read_parquet(path) if path.endswith(".parquet") else pl.read_csv(path)
    convert_column(df, column).write_parquet(out)


if __name__ == "__main__":
    main(sys.argv)
