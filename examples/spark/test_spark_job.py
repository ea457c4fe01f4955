"""The Spark job in local mode (local[2]) on 100,000 generated addresses and the sample pages,
checked row by row against the `hanhchinh` command line (convert, analyze)."""

import json
import os
import sys

import pytest

pyspark = pytest.importorskip("pyspark")
pa = pytest.importorskip("pyarrow")
import pyarrow.parquet as pq  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_addresses  # noqa: E402
import hanhchinh_spark  # noqa: E402

N = 100_000


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    s = (
        SparkSession.builder.master("local[2]")
        .appName("hanhchinh-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


def test_addresses_and_texts(spark, tmp_path, cli_jsonl, seeds):
    addresses = generate_addresses.generate(N)
    assert len(set(addresses)) > N // 3
    csv_path = tmp_path / "addresses.csv"
    generate_addresses.main(["", str(N), str(csv_path)])

    lines = [line for _, text in seeds for line in text.split("\n") if line.strip()]
    dates = [None if i % 4 == 0 else f"20{15 + i % 10}-0{1 + i % 9}-15" for i in range(len(lines))]
    texts = pa.table({"doc": list(range(len(lines))), "text": lines, "ref_date": dates})
    texts_path = tmp_path / "texts.parquet"
    pq.write_table(texts, texts_path)

    out = tmp_path / "out"
    hanhchinh_spark.main(
        [
            "--addresses",
            str(csv_path),
            "--texts",
            str(texts_path),
            "--ref-date-column",
            "ref_date",
            "--partitions",
            "4",
            "--out",
            str(out),
        ],
        spark=spark,
    )

    got = pq.read_table(out / "addresses").to_pylist()
    assert len(got) == N
    got.sort(key=lambda r: int(r["id"]))
    expected = cli_jsonl(["convert", "--quiet"], "\n".join(addresses) + "\n")
    assert len(expected) == N
    for row, want in zip(got, expected):
        assert row["address"] == want["input"]
        assert (row["old_code"], row["old_level"], row["new_codes"], row["split"]) == (
            want["old_code"],
            want["old_level"],
            want["new_codes"],
            want["split"],
        ), row
        assert row["candidates"] == [u["code"] for u in want.get("candidates", [])]
    resolved = sum(r["old_code"] is not None for r in got)
    assert resolved > N // 2

    docs = pq.read_table(out / "entities").to_pylist()
    docs.sort(key=lambda r: r["doc"])
    jsonl = "\n".join(
        json.dumps({"id": i, "text": t, **({"ref_date": d} if d else {})}, ensure_ascii=False)
        for i, (t, d) in enumerate(zip(lines, dates))
    )
    records = cli_jsonl(["analyze", "--jsonl", "--quiet"], jsonl + "\n")
    assert [d["doc"] for d in docs] == [r["id"] for r in records]
    for d, r in zip(docs, records):
        assert json.loads(d["entities"]) == r["entities"]
        assert d["entity_count"] == len(r["entities"])
    assert sum(d["entity_count"] for d in docs) > 300
