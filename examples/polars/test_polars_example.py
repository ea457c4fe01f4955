"""The Polars example on generated addresses and the sample pages."""

import json
import os
import sys

import pytest

pl = pytest.importorskip("polars")

import hanhchinh  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "spark"))
import generate_addresses  # noqa: E402
import hanhchinh_polars  # noqa: E402


def test_convert_column(tmp_path):
    addresses = generate_addresses.generate(3000) + [None]
    df = pl.DataFrame({"id": list(range(len(addresses))), "address": addresses})
    out = hanhchinh_polars.convert_column(df, "address")
    assert out.columns == [
        "id",
        "address",
        "old_code",
        "old_level",
        "new_codes",
        "split",
        "candidates",
    ]
    want = hanhchinh.Gazetteer().convert_many([a or "" for a in addresses])
    for row, w in zip(out.iter_rows(named=True), want):
        assert (row["old_code"], row["new_codes"], row["split"]) == (
            w["old_code"],
            w["new_codes"],
            w["split"],
        )
    # The command line form.
    src = tmp_path / "a.csv"
    df.write_csv(src)
    hanhchinh_polars.main(["", str(src), "address", str(tmp_path / "o.parquet")])
    assert (
        pl.read_parquet(tmp_path / "o.parquet")["old_code"].to_list() == out["old_code"].to_list()
    )


def test_entities_column():
    texts = ["UBND quận Ba Đình ngày 18/5/2022", None, "đạt 96,39%"]
    out = hanhchinh_polars.entities_column(pl.DataFrame({"text": texts}), "text")
    a = hanhchinh.Analyzer()
    assert [json.loads(j) for j in out["entities"]] == [
        [e.to_dict() for e in a.analyze(t or "")] for t in texts
    ]
