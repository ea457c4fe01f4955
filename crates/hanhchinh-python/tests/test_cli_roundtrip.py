"""The package gives what the `hanhchinh` command line gives, on the sample pages
(data/corpus/seeds/*.txt): same entities, tokens, normal forms, segmentation, conversions."""

import datetime
import json

import hanhchinh
import pytest


def lines_of(seeds):
    """Every line of every sample page (as the CLI splits them: on \\n)."""
    return [line for _, text in seeds for line in text.split("\n")]


def test_whole_pages_same_entities(cli, seeds):
    a = hanhchinh.Analyzer()
    for path, text in seeds:
        out = cli(["analyze", "--whole", "--quiet", str(path)])
        record = json.loads(out)
        assert record["id"] == str(path)  # the path as given
        got = [e.to_dict() for e in a.analyze(text)]
        assert got == record["entities"], path.name
        assert len(got) > 20
        # The JSON text itself is the CLI's, byte for byte.
        ident = json.dumps(str(path), ensure_ascii=False)
        era = json.dumps(record["era"], ensure_ascii=False, separators=(",", ":"))
        assert out.strip() == f'{{"id":{ident},"era":{era},"entities":{a.analyze_json(text)}}}'
        for e in a.analyze(text):
            assert text[e.char_start : e.char_end] == e.text


def test_whole_pages_with_a_reference_date(cli, seeds):
    a = hanhchinh.Analyzer(ref_date=datetime.date(2017, 6, 1))
    paths = [str(p) for p, _ in seeds]
    records = [
        json.loads(x)
        for x in cli(
            ["analyze", "--whole", "--quiet", "--ref-date", "2017-06-01", *paths]
        ).splitlines()
    ]
    many = a.analyze_many([text for _, text in seeds], threads=2)
    assert [[e.to_dict() for e in es] for es in many] == [r["entities"] for r in records]


def test_lines_same_entities(cli_jsonl, seeds):
    lines = lines_of(seeds)
    records = cli_jsonl(["analyze", "--quiet"], "\n".join(lines) + "\n")
    assert len(records) == len(lines)
    many = hanhchinh.Analyzer().analyze_many(lines)
    assert [[e.to_dict() for e in es] for es in many] == [r["entities"] for r in records]


def test_jsonl_dates_and_kinds(cli_jsonl, seeds):
    lines = [line for line in lines_of(seeds) if line.strip()]
    dates = [
        None if i % 3 == 0 else f"20{10 + i % 15}-0{1 + i % 9}-1{i % 10}" for i in range(len(lines))
    ]
    jsonl = "\n".join(
        json.dumps({"id": i, "text": t, **({"ref_date": d} if d else {})}, ensure_ascii=False)
        for i, (t, d) in enumerate(zip(lines, dates))
    )
    kinds = "date,date_range,admin_unit,legal_ref,person"
    records = cli_jsonl(
        ["analyze", "--jsonl", "--quiet", "--kinds", kinds, "--modern"], jsonl + "\n"
    )
    a = hanhchinh.Analyzer(kinds=kinds.split(","), tone="modern")
    many = a.analyze_many(lines, ref_dates=dates)
    assert [[e.to_dict() for e in es] for es in many] == [r["entities"] for r in records]


def test_text_functions(cli, cli_jsonl, seeds):
    lines = lines_of(seeds)
    stdin = "\n".join(lines) + "\n"
    tokens = [r["tokens"] for r in cli_jsonl(["tokenize", "--quiet"], stdin)]
    assert [[t.to_dict() for t in hanhchinh.tokenize(line)] for line in lines] == tokens
    assert cli(["normalize", "--quiet"], stdin).split("\n")[:-1] == [
        hanhchinh.normalize(x) for x in lines
    ]
    assert cli(["normalize", "--quiet", "--modern", "--map-spaces"], stdin).split("\n")[:-1] == [
        hanhchinh.normalize(x, tone="modern", map_spaces=True) for x in lines
    ]
    assert cli(["fold", "--quiet"], stdin).split("\n")[:-1] == [hanhchinh.fold(x) for x in lines]
    assert cli(["segment", "--quiet"], stdin).split("\n")[:-1] == [
        hanhchinh.segment(x, format="text") for x in lines
    ]


ADDRESSES = [
    "phường Vĩnh Niệm, quận Lê Chân, Hải Phòng",
    "P.Phúc Xá, Q.Ba Đình, TP.Hà Nội",
    "xã Phú Thượng, huyện Võ Nhai, tỉnh Thái Nguyên",
    "Phú Thượng",
    "Hà Nội",
    "thị trấn Quỳnh Côi, huyện Quỳnh Phụ, Thái Bình",
    "không phải địa chỉ",
    "",
]


def cli_keys(obj, like):
    """`obj` with only the keys of `like` (the CLI's unit objects have fewer fields)."""
    return {k: obj[k] for k in like}


def test_convert_and_lookup(cli_jsonl):
    g = hanhchinh.Gazetteer()
    records = cli_jsonl(["convert", "--quiet"], "\n".join(ADDRESSES) + "\n")
    mine = g.convert_many(ADDRESSES, threads=2)
    assert len(records) == len(mine)
    for r, m in zip(records, mine):
        # The CLI's records start with the line's id; the rest are the same keys in order.
        assert ["id", *m] == list(r)
        for k in m:
            if k == "candidates":
                assert [cli_keys(u, c) for u, c in zip(m[k], r[k])] == r[k]
            else:
                assert m[k] == r[k], (k, r)
    names = ["Phú Thượng", "Q. Ba Đình", "TP.HCM", "Quynh Phuu", "ba dinh"]
    for name, r in zip(names, cli_jsonl(["lookup", *names])):
        found = g.lookup(name)
        assert [cli_keys(m, c) for m, c in zip(found, r["matches"])] == r["matches"]
        assert len(found) == len(r["matches"])
    r = cli_jsonl(["lookup", "--fuzzy", "Phú Thượng"])[0]
    assert [m["code"] for m in g.lookup("Phú Thượng", fuzzy=True)] == [
        m["code"] for m in r["matches"]
    ]


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viqr", "auto"])
def test_decode(cli, encoding):
    samples = [b"Qu\xfanh Ph\xf4, Th\xb8i B\xd7nh", b"Ngh\xf2 quye\xe1t", b"U?y ban nha^n da^n"]
    if encoding == "auto":
        # The CLI detects the encoding of a whole input: one sample per run.
        for s in samples:
            out = cli(["decode", "--quiet", "--from", "auto"], s + b"\n")
            assert out.split("\n")[:-1] == [hanhchinh.decode(s, "auto")]
        return
    out = cli(["decode", "--quiet", "--from", encoding], b"\n".join(samples) + b"\n")
    assert out.split("\n")[:-1] == [hanhchinh.decode(s, encoding) for s in samples]
