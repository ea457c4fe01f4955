"""The text functions: tokenize, normalize, fold, sentences, segment, decode, detect_encoding."""

import hanhchinh
import pytest

# Every width of UTF-8: ASCII, 2-byte (ư), 3-byte (ệ, 中), 4-byte (emoji), and NFD (a + U+0300).
MIXED = "Xã Hòa 🙂 có 2.309 hộ, 中 huye\u0300n Quỳnh Phụ. Ngày 18/5/2023 họp!"


def test_tokenize_offsets_bytes_and_chars():
    tokens = hanhchinh.tokenize(MIXED)
    raw = MIXED.encode("utf-8")
    assert [t.text for t in tokens][:4] == ["Xã", "Hòa", "🙂", "có"]
    for t in tokens:
        assert MIXED[t.char_start : t.char_end] == t.text
        assert raw[t.start : t.end].decode("utf-8") == t.text
    kinds = {t.text: t.kind for t in tokens}
    assert kinds["2.309"] == "number"
    assert kinds["18/5/2023"] == "number"
    assert kinds[","] == "punct"
    assert kinds["🙂"] == "symbol"
    assert kinds["Hòa"] == "word"


def test_token_object():
    t = hanhchinh.tokenize("UBND 34-CT/TW")[1]
    assert (t.text, t.start, t.end, t.kind) == ("34-CT/TW", 5, 13, "code")
    assert t.to_dict() == {"text": "34-CT/TW", "start": 5, "end": 13, "kind": "code"}
    assert t.to_dict(char_offsets=True)["char_end"] == 13
    assert str(t) == "34-CT/TW"
    assert repr(t) == "Token(text='34-CT/TW', start=5, end=13, kind='code')"
    assert t == hanhchinh.tokenize("UBND 34-CT/TW")[1]
    assert len({t, hanhchinh.tokenize("UBND 34-CT/TW")[1]}) == 1
    with pytest.raises(AttributeError):
        t.text = "x"


def test_normalize():
    assert hanhchinh.normalize("Uỷ ban nhân dân tỉnh Thanh Hoá") == "Ủy ban nhân dân tỉnh Thanh Hóa"
    assert hanhchinh.normalize("Hòa Bình", tone="modern") == "Hoà Bình"
    # NFD in, NFC out.
    assert hanhchinh.normalize("ho\u0300a") == "hòa"
    assert hanhchinh.normalize("Hòa\u00a0Bình\u200b", map_spaces=True) == "Hòa Bình"
    assert hanhchinh.normalize("Hòa\u00a0Bình") == "Hòa\u00a0Bình"
    with pytest.raises(hanhchinh.OptionError, match="unknown tone style"):
        hanhchinh.normalize("x", tone="new")


def test_fold():
    assert hanhchinh.fold("Nam Từ Liêm") == "nam tu liem"
    assert hanhchinh.fold("ĐÀ NẴNG") == "da nang"
    assert hanhchinh.fold("") == ""


def test_sentences():
    text = "Có 2.309 doanh nghiệp tại TP. Hồ Chí Minh. Ông nói: “Tốt. Rất tốt.” Xong…"
    found = hanhchinh.sentences(text)
    assert [s.text for s in found] == [
        "Có 2.309 doanh nghiệp tại TP. Hồ Chí Minh.",
        "Ông nói: “Tốt. Rất tốt.”",
        "Xong…",
    ]
    raw = text.encode("utf-8")
    for s in found:
        assert text[s.char_start : s.char_end] == s.text
        assert raw[s.start : s.end].decode("utf-8") == s.text
    assert found[0].to_dict() == {"text": found[0].text, "start": 0, "end": found[0].end}
    assert repr(found[2]).startswith("Sentence(text='Xong…'")


def test_segment_formats():
    text = "phong trào thi đua của người dân"
    assert hanhchinh.segment(text) == ["phong trào", "thi đua", "của", "người dân"]
    assert hanhchinh.segment(text, format="text") == "phong_trào thi_đua của người_dân"
    spans = hanhchinh.segment("🙂 thi đua", format="spans")
    assert spans == [("🙂", 0, 1), ("thi đua", 2, 9)]
    with pytest.raises(hanhchinh.OptionError, match="unknown format"):
        hanhchinh.segment(text, format="json")


def test_segment_is_blind_to_spelling():
    assert len(hanhchinh.segment("HOÀ GIẢI")) == 1
    assert len(hanhchinh.segment("ho\u0300a gia\u0309i")) == 1
    # Words are slices of the input, whatever its spelling.
    nfd = "ho\u0300a gia\u0309i"
    assert hanhchinh.segment(nfd) == [nfd]


def test_segment_text_keeps_every_character():
    text = "Ngày 18/5/2023, Thành ủy ban hành Nghị quyết 34-CT/TW.\nNgười dân  phấn khởi"
    joined = hanhchinh.segment(text, format="text")
    squeeze = lambda s: "".join(s.split())  # noqa: E731
    assert squeeze(joined.replace("_", " ")) == squeeze(text)
    assert joined.count("\n") == 1


def test_decode_bytes():
    assert hanhchinh.decode(b"Qu\xfanh Ph\xf4", "tcvn3") == "Quỳnh Phụ"
    assert hanhchinh.decode(bytearray(b"Ngh\xf2 quye\xe1t"), "vni") == "Nghị quyết"
    assert hanhchinh.decode(b"U?y ban nha^n da^n", "viqr") == "Ủy ban nhân dân"
    assert hanhchinh.decode(b"Qu\xfanh Ph\xf4, Th\xb8i B\xd7nh") == "Quỳnh Phụ, Thái Bình"
    assert hanhchinh.decode("Quỳnh".encode(), "unicode") == "Quỳnh"


def test_decode_misread_text():
    assert hanhchinh.decode("ñy ban nh©n d©n huyÖn Quúnh Phô", "tcvn3") == (
        "ủy ban nhân dân huyện Quỳnh Phụ"
    )
    assert hanhchinh.decode("Quyønh Phuï, Thaùi Bình") == "Quỳnh Phụ, Thái Bình"
    # UTF-8 read as Windows-1252 and saved again.
    misread = "Hà Nội, quận Hoàn Kiếm".encode().decode("cp1252")
    assert hanhchinh.decode(misread) == "Hà Nội, quận Hoàn Kiếm"
    assert hanhchinh.decode(misread, "unicode") == "Hà Nội, quận Hoàn Kiếm"


def test_detect_encoding():
    name, confidence = hanhchinh.detect_encoding(b"Ngh\xf2 quye\xe1t")
    assert name == "vni"
    assert 0.0 < confidence <= 1.0
    assert hanhchinh.detect_encoding("Quyønh Phuï, Thaùi Bình")[0] == "vni"


def test_decode_errors():
    with pytest.raises(TypeError, match="expected bytes, bytearray or str"):
        hanhchinh.decode(123)
    with pytest.raises(hanhchinh.OptionError, match="unknown encoding"):
        hanhchinh.decode(b"x", "latin9")
    with pytest.raises(TypeError):
        hanhchinh.detect_encoding([1])  # type: ignore[arg-type]


def test_bad_strings_raise_not_crash():
    # A lone surrogate cannot be UTF-8: Python's own error, never a crash.
    for f in (hanhchinh.tokenize, hanhchinh.fold, hanhchinh.segment, hanhchinh.sentences):
        with pytest.raises(UnicodeEncodeError):
            f("a\ud800b")
    with pytest.raises(TypeError):
        hanhchinh.tokenize(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        hanhchinh.normalize(b"bytes")  # type: ignore[arg-type]


def test_empty_and_large_inputs():
    for f in (hanhchinh.tokenize, hanhchinh.sentences, hanhchinh.segment):
        assert f("") == []
    assert hanhchinh.segment("", format="text") == ""
    big = "Ủy ban nhân dân quận Ba Đình đạt 96,39% kế hoạch. " * 20000
    words = hanhchinh.segment(big)
    assert "".join(words).replace(" ", "") == big.replace(" ", "")
    tokens = hanhchinh.tokenize(big)
    assert tokens[-1].char_end == len(big.rstrip())
