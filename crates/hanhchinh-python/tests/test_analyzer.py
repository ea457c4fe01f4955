"""hanhchinh.Analyzer and its entities, against the JSON contract (docs/json-contract.md)."""

import datetime
import json
import pickle
import threading
import time

import hanhchinh
import pytest

LINE = "Chiều 21/1, UBND quận Ba Đình đạt 96,39% kế hoạch"


def kinds_texts(entities):
    return [(e.kind, e.text) for e in entities]


def test_the_readme_example():
    a = hanhchinh.Analyzer(ref_date="2022-05-18")
    got = kinds_texts(a.analyze("UBND quận Ba Đình ngày 18/5/2022"))
    assert got == [("abbrev", "UBND"), ("admin_unit", "quận Ba Đình"), ("date", "ngày 18/5/2022")]


def test_entity_fields_are_attributes_items_and_dict():
    a = hanhchinh.Analyzer(ref_date="2022-01-21")
    es = a.analyze(LINE)
    assert kinds_texts(es) == [
        ("date", "21/1"),
        ("abbrev", "UBND"),
        ("admin_unit", "quận Ba Đình"),
        ("percent", "96,39%"),
    ]
    date, abbrev, unit, percent = es
    assert date.value == "2022-01-21"
    assert abbrev.expansion == "Ủy ban nhân dân"
    assert (unit.name, unit["type"], unit.level, unit.province, unit.code) == (
        "Ba Đình",
        "quận",
        "district",
        "Hà Nội",
        "001",
    )
    assert {"code", "name", "type", "partial"} == set(unit.successors[0])
    assert percent.value == 96.39
    assert unit.keys() == [
        "kind",
        "text",
        "start",
        "end",
        "name",
        "type",
        "level",
        "province",
        "code",
        "successors",
    ]
    assert list(unit.to_dict()) == unit.keys()
    assert list(unit.fields) == unit.keys()[4:]
    assert unit.get("nope") is None and unit.get("nope", 1) == 1
    assert "code" in unit and "value" not in unit and "kind" in unit
    assert unit["start"] == unit.start
    with pytest.raises(KeyError):
        unit["value"]
    with pytest.raises(AttributeError, match="admin_unit entity has no field 'value'"):
        _ = unit.value
    with pytest.raises(AttributeError):
        unit.kind = "x"


def test_to_dict_and_to_json_are_the_contract():
    a = hanhchinh.Analyzer()
    text = "Tổng cộng 123.456.789.012.345.678.901.234 đồng và 0,123456789012345678 ha; 12-17 người"
    money, qty, rng = a.analyze(text)
    # Numbers are exact in JSON; in Python they are what json.loads gives.
    assert money.to_json() == (
        '{"kind":"money","text":"123.456.789.012.345.678.901.234 đồng","start":14,"end":53,'
        '"value":123456789012345678901234,"currency":"VND"}'
    )
    assert money.value == 123456789012345678901234
    assert isinstance(money.value, int)
    assert '"value":0.123456789012345678,' in qty.to_json()
    start = len(text[: text.index("12-17")].encode("utf-8"))
    assert rng.to_dict() == {
        "kind": "range",
        "text": "12-17",
        "start": start,
        "end": start + 5,
        "from": 12,
        "to": 17,
        "unit": None,
    }
    for e in (money, qty, rng):
        assert e.to_dict() == json.loads(e.to_json())
    assert a.analyze_json(text) == "[" + ",".join(e.to_json() for e in (money, qty, rng)) + "]"


def test_byte_and_character_offsets():
    # Emoji (4 bytes, 1 character), CJK, NFD marks before the entities.
    text = "🙂🙂 中文 ho\u0300a: Chiều 21/1, UBND quận Ba Đình đạt 96,39%"
    raw = text.encode("utf-8")
    es = hanhchinh.Analyzer(ref_date="2022-01-21").analyze(text)
    assert len(es) == 4
    for e in es:
        assert text[e.char_start : e.char_end] == e.text
        assert raw[e.start : e.end].decode("utf-8") == e.text
        assert e.span == (e.start, e.end) and e.char_span == (e.char_start, e.char_end)
    assert es[0].char_start == text.index("21/1")
    assert es[0].start == len(text[: text.index("21/1")].encode("utf-8"))
    d = es[0].to_dict(char_offsets=True)
    assert (d["char_start"], d["char_end"]) == es[0].char_span


def test_repr_eq_pickle():
    a = hanhchinh.Analyzer()
    e = a.analyze("UBND tỉnh")[0]
    assert repr(e) == (
        "Entity(kind='abbrev', text='UBND', start=0, end=4, expansion='Ủy ban nhân dân')"
    )
    assert e == a.analyze("UBND tỉnh")[0]
    assert e != a.analyze("HĐND tỉnh")[0]
    e2 = pickle.loads(pickle.dumps(e))
    assert e2 == e and e2.char_span == e.char_span
    text = "🙂 quận Ba Đình"
    u = a.analyze(text)[0]
    assert pickle.loads(pickle.dumps(u)).char_start == 2
    assert repr(a) == "Analyzer(kinds=all, ref_date=None, tone='traditional', gazetteer=embedded)"


def test_kinds_option():
    a = hanhchinh.Analyzer(kinds=["date", "percent"])
    assert a.kinds == ["percent", "date"]
    assert kinds_texts(a.analyze(LINE, ref_date="2022-01-21")) == [
        ("date", "21/1"),
        ("percent", "96,39%"),
    ]
    assert hanhchinh.Analyzer(kinds="abbrev, admin_unit").kinds == ["abbrev", "admin_unit"]
    assert hanhchinh.Analyzer().kinds == hanhchinh.KINDS
    assert len(hanhchinh.KINDS) == 13
    with pytest.raises(
        hanhchinh.OptionError, match='unknown entity kind "people"; the kinds are number, percent,'
    ):
        hanhchinh.Analyzer(kinds=["people"])


def test_reference_dates():
    text = "họp ngày 18/5"
    assert hanhchinh.Analyzer().analyze(text)[0].value == "--05-18"
    for d in ("2023-05-01", datetime.date(2023, 5, 1), datetime.datetime(2023, 5, 1, 12, 0)):
        assert hanhchinh.Analyzer(ref_date=d).analyze(text)[0].value == "2023-05-18"
        assert hanhchinh.Analyzer().analyze(text, ref_date=d)[0].value == "2023-05-18"
    # A call's date overrides the analyzer's.
    a = hanhchinh.Analyzer(ref_date="2020-01-01")
    assert a.ref_date == "2020-01-01"
    assert a.analyze(text)[0].value == "2020-05-18"
    assert a.analyze(text, ref_date="2021-01-01")[0].value == "2021-05-18"


def test_bad_dates_raise_date_error():
    with pytest.raises(hanhchinh.DateError, match="2023-02-30") as e:
        hanhchinh.Analyzer(ref_date="2023-02-30")
    assert isinstance(e.value, ValueError) and isinstance(e.value, hanhchinh.HanhchinhError)
    assert e.value.offset == 0
    with pytest.raises(hanhchinh.DateError) as e:
        hanhchinh.Analyzer().analyze("x", ref_date="  2023-13-01")
    assert e.value.offset == 2
    with pytest.raises(TypeError, match="a date must be"):
        hanhchinh.Analyzer(ref_date=20230101)


def test_tone_style():
    text = "Chủ tịch UBND tỉnh Thanh Hóa"
    trad = hanhchinh.Analyzer().analyze(text)
    modern = hanhchinh.Analyzer(tone="modern").analyze(text)
    assert [e.get("expansion") for e in trad if e.kind == "abbrev"] == ["Ủy ban nhân dân"]
    assert [e.get("expansion") for e in modern if e.kind == "abbrev"] == ["Uỷ ban nhân dân"]
    assert hanhchinh.Analyzer(tone="modern").tone == "modern"
    with pytest.raises(hanhchinh.OptionError):
        hanhchinh.Analyzer(tone="new")


def test_analyze_many_matches_analyze():
    a = hanhchinh.Analyzer()
    texts = [LINE, "", "đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh", "🙂 30/31 xã"] * 50
    one_by_one = [a.analyze(t) for t in texts]
    for threads in (None, 0, 1, 2, 3):
        assert a.analyze_many(texts, threads=threads) == one_by_one
    assert a.analyze_many(iter(texts), threads=2) == one_by_one
    assert a.analyze_many(tuple(texts)) == one_by_one
    assert a.analyze_many([]) == []
    assert a.analyze_many_json(texts, threads=2) == [a.analyze_json(t) for t in texts]


def test_analyze_many_dates():
    a = hanhchinh.Analyzer()
    texts = ["ngày 18/5", "ngày 18/5", "ngày 18/5"]
    dates = ["2020-01-01", None, datetime.date(2022, 1, 1)]
    got = [es[0].value for es in a.analyze_many(texts, ref_dates=dates)]
    assert got == ["2020-05-18", "--05-18", "2022-05-18"]
    got = [es[0].value for es in a.analyze_many(texts, ref_dates="2019-02-02")]
    assert got == ["2019-05-18"] * 3
    with pytest.raises(hanhchinh.OptionError, match="2 dates for 3 items"):
        a.analyze_many(texts, ref_dates=["2020-01-01", None])
    with pytest.raises(hanhchinh.DateError, match=r"ref_dates\[1\]"):
        a.analyze_many(texts, ref_dates=["2020-01-01", "2020-02-31", None])


def test_analyze_many_bad_arguments():
    a = hanhchinh.Analyzer()
    with pytest.raises(TypeError, match="not a single str"):
        a.analyze_many("one text")
    with pytest.raises(TypeError, match=r"texts\[1\] is NoneType, not str"):
        a.analyze_many(["a", None])
    for bad in (-1, 5000):
        with pytest.raises(hanhchinh.OptionError, match="threads"):
            a.analyze_many(["a"], threads=bad)


def test_analyze_many_releases_the_gil():
    a = hanhchinh.Analyzer()
    texts = [LINE * 40] * 400
    ticks = []
    stop = threading.Event()

    def ticker():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    t = threading.Thread(target=ticker)
    t.start()
    try:
        time.sleep(0.01)
        start = time.perf_counter()
        a.analyze_many(texts, threads=2)
        end = time.perf_counter()
    finally:
        stop.set()
        t.join()
    during = [x for x in ticks if start < x < end]
    # Python code ran while the analysis worked.
    assert end - start > 0.02 and len(during) >= 3, (end - start, len(during))


def test_analyzers_are_shared_by_python_threads():
    a = hanhchinh.Analyzer()
    expected = a.analyze(LINE)
    results = []

    def work():
        for _ in range(20):
            results.append(a.analyze(LINE) == expected)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True] * 80


def test_bad_text_raises_not_crash():
    a = hanhchinh.Analyzer()
    with pytest.raises(UnicodeEncodeError):
        a.analyze("UBND \ud800")
    with pytest.raises(UnicodeEncodeError):
        a.analyze_many(["UBND", "\udfff"])
    with pytest.raises(TypeError):
        a.analyze(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        hanhchinh.Analyzer("date")  # type: ignore[misc]


def test_the_garbage_collector_is_left_as_it_was():
    import gc

    a = hanhchinh.Analyzer()
    assert gc.isenabled()
    a.analyze_many([LINE] * 10)
    hanhchinh.Gazetteer().convert_many(["Hà Nội"] * 10)
    hanhchinh.tokenize(LINE)
    assert gc.isenabled()
    gc.disable()
    try:
        a.analyze(LINE)
        a.analyze_many([LINE])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_ctrl_c_stops_a_long_batch():
    import signal

    a = hanhchinh.Analyzer()
    # 50 MB: seconds of work on any machine; the signal comes after 0.05 s. It is sent by the
    # kernel (an interval timer), not by a Python thread, which a loaded machine may not run
    # before the batch ends; its handler is the one Ctrl-C runs (it raises KeyboardInterrupt).
    texts = [LINE * 20] * 50_000
    old = signal.signal(signal.SIGALRM, signal.default_int_handler)
    start = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        with pytest.raises(KeyboardInterrupt):
            a.analyze_many(texts, threads=2)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    # Stopped after a stretch or two of 2,048 texts, not at the end of the batch.
    assert time.perf_counter() - start < 30
