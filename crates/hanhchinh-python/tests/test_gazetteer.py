"""hanhchinh.Gazetteer: lookup, convert, convert_many, units, user tables, compiled files."""

import datetime
import pathlib

import hanhchinh
import pytest

# The worked example of docs/extending-gazetteer.md: a village of phường Phú Thượng (Hà Nội).
VILLAGES = (
    "code\tname\ttype\tlevel\tparent_code\tprovince_code\tvalid_from\tvalid_to\tname_variants\tnote\n"
    "00091-01\tPhú Gia\tthôn\tvillage\t00091\t01\t2025-07-01\t\tPhú Da\texample row\n"
)
ALIASES = "alias\tlevel\tcode\tname\treason\nThủ đô\tprovince\t01\tHà Nội\tthe capital\n"
UNIT_KEYS = [
    "code",
    "name",
    "type",
    "level",
    "province",
    "valid_from",
    "valid_to",
    "successors",
    "parent_code",
    "address",
]


@pytest.fixture(scope="module")
def g():
    return hanhchinh.Gazetteer()


def test_embedded(g):
    assert len(g) > 16000
    assert g.data_version == hanhchinh.DATA_VERSION
    assert repr(g).startswith(f"Gazetteer({len(g)} unit versions, embedded")


def test_lookup(g):
    found = g.lookup("phu thuong")
    assert len(found) == 5
    assert {m["code"] for m in found} == {"00091", "05734", "19930"}
    first = g.lookup("phường Phú Thượng")[0]
    assert list(first) == UNIT_KEYS + ["match", "edits"]
    assert (first["code"], first["match"], first["edits"]) == ("00091", "exact", 0)
    assert first["address"] == "Phường Phú Thượng, Quận Tây Hồ, Thành phố Hà Nội"
    assert first["successors"] == ["00091", "00097", "00103"]
    # A misspelling is found when nothing matches exactly...
    typo = g.lookup("Phu Thuongg")
    assert typo and all(m["match"] == "fuzzy" and m["edits"] == 1 for m in typo)
    # ... and fuzzy=True gives only the misspelling search.
    near = g.lookup("Phú Thượng", fuzzy=True)
    assert near and all(m["match"] == "fuzzy" for m in near)


def test_convert(g):
    c = g.convert("phường Vĩnh Niệm, quận Lê Chân, Hải Phòng")
    assert {k: c[k] for k in ("input", "old_code", "old_level", "new_codes", "split")} == {
        "input": "phường Vĩnh Niệm, quận Lê Chân, Hải Phòng",
        "old_code": "11407",
        "old_level": "commune",
        "new_codes": ["11383", "11407"],
        "split": True,
    }
    assert (c["old_era"], c["reason"]) == ("pre_reform", None)
    assert [u["code"] for u in c["new"]] == c["new_codes"] and 0 < c["score"] <= 1
    # On the last day before the reform the old unit is still valid: it is its own successor.
    before = g.convert("phường Vĩnh Niệm, quận Lê Chân, Hải Phòng", datetime.date(2025, 6, 30))
    assert before["new_codes"] == ["11407"] and not before["split"]
    assert g.convert("  Hà Nội ")["input"] == "Hà Nội"
    missing = g.convert("không có địa chỉ nào")
    assert (missing["old_code"], missing["new_codes"]) == (None, [])
    # A name alone is read in the post-reform era first: one ward of that name today.
    assert g.convert("Phú Thượng")["old_code"] == "00091"
    ambiguous = g.convert("Phú Mỹ")
    assert ambiguous["old_code"] is None and ambiguous["reason"]
    assert [u["code"] for u in ambiguous["candidates"]] == ["08236", "26704", "32214"]
    with pytest.raises(hanhchinh.DateError):
        g.convert("Hà Nội", "2025-02-29")


def test_convert_many(g):
    addresses = [
        "phường Vĩnh Niệm, quận Lê Chân, Hải Phòng",
        "P.Phúc Xá, Q.Ba Đình, TP.Hà Nội",
        "",
        "Phú Thượng",
        "🙂",
    ] * 40
    one_by_one = [g.convert(a) for a in addresses]
    for threads in (None, 1, 2):
        assert g.convert_many(addresses, threads=threads) == one_by_one
    assert g.convert_many(a for a in addresses) == one_by_one
    dated = g.convert_many(addresses[:2], date=["2025-06-30", None])
    assert dated[0]["new_codes"] == ["11407"] and dated[1] == one_by_one[1]
    assert g.convert_many(addresses[:2], date="2025-06-30")[0]["new_codes"] == ["11407"]
    with pytest.raises(TypeError, match="not a single str"):
        g.convert_many("phường Vĩnh Niệm")
    with pytest.raises(TypeError, match=r"addresses\[1\] is int"):
        g.convert_many(["a", 1])
    with pytest.raises(hanhchinh.OptionError, match="1 dates for 2 items"):
        g.convert_many(["a", "b"], date=["2025-01-01"])
    with pytest.raises(hanhchinh.OptionError, match="threads"):
        g.convert_many(["a"], threads=-2)


def test_units_and_unit(g):
    def count(date, level):
        return len(g.units(date=date, level=level))

    assert count("2025-06-30", "province") == 63
    assert count("2025-06-30", "district") == 696
    assert count("2025-06-30", "commune") == 10035
    assert count(datetime.date(2025, 7, 1), "province") == 34
    assert count("2025-07-01", "commune") == 3321
    assert len(g.units()) == len(g)
    u = g.unit("commune", "00001", "2025-06-30")
    assert list(u) == UNIT_KEYS
    assert (u["name"], u["type"], u["parent_code"]) == ("Phúc Xá", "phường", "001")
    assert g.unit("commune", "99999") is None
    with pytest.raises(hanhchinh.OptionError, match="unknown level"):
        g.unit("ward", "00001")
    with pytest.raises(hanhchinh.OptionError):
        g.units(level="city")


def test_user_tables_from_text_and_files(tmp_path):
    g = hanhchinh.Gazetteer.from_tsv(VILLAGES, name="villages.tsv")
    assert len(g) == len(hanhchinh.Gazetteer()) + 1
    v = g.lookup("thon phu da")
    assert [(m["code"], m["level"], m["match"]) for m in v] == [("00091-01", "village", "folded")]
    assert v[0]["address"] == "Thôn Phú Gia, Phường Phú Thượng, Thành phố Hà Nội"

    villages = tmp_path / "villages.tsv"
    villages.write_text(VILLAGES, encoding="utf-8")
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text(ALIASES, encoding="utf-8")
    for tables in ([villages, str(aliases)], (str(villages), aliases)):
        g2 = hanhchinh.Gazetteer(tables)
        assert "00091-01" in [m["code"] for m in g2.lookup("Phú Gia")]
        assert g2.lookup("Thủ đô")[0]["code"] == "01"
    assert len(hanhchinh.Gazetteer(villages)) == len(g)
    assert len(hanhchinh.Gazetteer(str(villages))) == len(g)


def test_analyzer_with_a_user_gazetteer():
    g = hanhchinh.Gazetteer.from_tsv(VILLAGES)
    text = "Người dân thôn Phú Gia, phường Phú Thượng, Hà Nội"
    a = hanhchinh.Analyzer(gazetteer=g)
    assert a.gazetteer is g
    assert "custom" in repr(a)
    units = [(e.text, e.level, e.code) for e in a.analyze(text) if e.kind == "admin_unit"]
    assert units[0] == ("thôn Phú Gia", "village", "00091-01")
    plain = [e.text for e in hanhchinh.Analyzer().analyze(text) if e.kind == "admin_unit"]
    assert "thôn Phú Gia" not in plain


def test_table_errors_name_file_line_column(tmp_path):
    bad = (
        "code\tname\ttype\tlevel\tparent_code\tprovince_code\n99001\tNam Sơn\tquận\tcommune\t\t01\n"
    )
    with pytest.raises(hanhchinh.GazetteerError) as e:
        hanhchinh.Gazetteer.from_tsv(bad, name="mine.tsv")
    err = e.value
    assert str(err).startswith("mine.tsv:2:3: bad row:")
    assert (err.source_name, err.line, err.column, err.offset) == ("mine.tsv", 2, 3, None)
    assert isinstance(err, hanhchinh.HanhchinhError) and not isinstance(err, ValueError)

    path = tmp_path / "bad.tsv"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(hanhchinh.GazetteerError) as e:
        hanhchinh.Gazetteer([path])
    assert e.value.source_name == str(path) and e.value.line == 2

    # A village whose parent is not there (no default data): a consistency error.
    with pytest.raises(hanhchinh.GazetteerError, match="inconsistent data") as e:
        hanhchinh.Gazetteer.from_tsv(VILLAGES, default=False)
    assert e.value.line == 2

    with pytest.raises(FileNotFoundError) as e:
        hanhchinh.Gazetteer([tmp_path / "missing.tsv"])
    assert e.value.filename == str(tmp_path / "missing.tsv")
    assert len(hanhchinh.Gazetteer(default=False)) == 0


def test_compiled_bytes_and_files(tmp_path):
    g = hanhchinh.Gazetteer.from_tsv(VILLAGES)
    b = g.to_bytes()
    assert isinstance(b, bytes)
    g2 = hanhchinh.Gazetteer.from_bytes(b)
    assert len(g2) == len(g) and g2.lookup("Phú Gia") == g.lookup("Phú Gia")
    path = tmp_path / "mine.gaz"
    g.save(path)
    assert pathlib.Path(path).read_bytes() == b
    assert len(hanhchinh.Gazetteer.load(str(path))) == len(g)
    with pytest.raises(hanhchinh.GazetteerError, match="bad magic") as e:
        hanhchinh.Gazetteer.from_bytes(b"nope")
    assert e.value.offset == 0
    with pytest.raises(hanhchinh.GazetteerError):
        hanhchinh.Gazetteer.from_bytes(b[:200])
    with pytest.raises(FileNotFoundError):
        hanhchinh.Gazetteer.load(tmp_path / "missing.gaz")
    with pytest.raises(IsADirectoryError):
        g.save(tmp_path)


def test_convert_many_long_batches_stay_in_order(g):
    addresses = ["Hà Nội", "phường Vĩnh Niệm, quận Lê Chân, Hải Phòng", "x"] * 3000
    got = g.convert_many(addresses, threads=2)
    assert [r["input"] for r in got] == addresses
