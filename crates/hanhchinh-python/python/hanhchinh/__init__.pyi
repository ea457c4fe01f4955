"""Type stubs of the hanhchinh package (the compiled module hanhchinh._hanhchinh)."""

import datetime
import os
from collections.abc import Iterable
from typing import Any, Literal, TypedDict, final, overload

__version__: str
"""The version of the package (the version of the Rust crates)."""
DATA_VERSION: str
"""The version of the embedded gazetteer data."""
KINDS: list[str]
"""Every entity kind, in the order of the JSON contract."""

DateLike = str | datetime.date
"""A day: 'YYYY-MM-DD' or a datetime.date (a datetime, a pandas Timestamp)."""
PathLike = str | os.PathLike[str]

class HanhchinhError(Exception):
    """Base class of every error raised by hanhchinh; str(e) is the Rust message."""

class DateError(HanhchinhError, ValueError):
    """A reference or target date that is not an existing day."""

    offset: int | None
    """Byte offset of the fault in the string given, or None."""

class OptionError(HanhchinhError, ValueError):
    """An unknown kind, tone style, encoding, format or level; a bad thread count; sequences
    of different lengths."""

class GazetteerError(HanhchinhError):
    """A user gazetteer table (TSV) or compiled gazetteer that does not load."""

    source_name: str | None
    """The file (or name given) of the table."""
    line: int | None
    """1-based line of the bad row."""
    column: int | None
    """1-based column (TSV field) of the bad value."""
    offset: int | None
    """Byte offset in compiled bytes."""

@final
class Entity:
    """One thing found in a text, with the fields of the JSON contract of `hanhchinh analyze`
    (docs/json-contract.md).

    Every field of the entity's kind is also an attribute (`e.value`, `e.name`, `e.titles`, ...)
    and an item (`e["type"]`)."""

    @property
    def kind(self) -> str:
        """number, percent, money, quantity, fraction, range, date, time, date_range, abbrev,
        admin_unit, person or legal_ref."""
    @property
    def text(self) -> str:
        """The exact surface, a slice of the analysed text."""
    @property
    def start(self) -> int:
        """Byte offset of the surface in the UTF-8 encoding of the text."""
    @property
    def end(self) -> int:
        """Byte offset just past the surface."""
    @property
    def char_start(self) -> int:
        """Character offset in the Python string: text[e.char_start:e.char_end] == e.text."""
    @property
    def char_end(self) -> int:
        """Character offset just past the surface."""
    @property
    def span(self) -> tuple[int, int]:
        """(start, end) in bytes."""
    @property
    def char_span(self) -> tuple[int, int]:
        """(char_start, char_end) in characters."""
    @property
    def fields(self) -> dict[str, Any]:
        """The fields of the entity's kind, in contract order."""
    def keys(self) -> list[str]:
        """kind, text, start, end, then the kind's fields."""
    def get(self, key: str, default: Any = None) -> Any:
        """The value of `key`, or `default`."""
    def to_dict(self, char_offsets: bool = False) -> dict[str, Any]:
        """The JSON contract's object (with char_start, char_end if `char_offsets`)."""
    def to_json(self) -> str:
        """One line of JSON, exactly as `hanhchinh analyze` writes it (numbers exact)."""
    def __getattr__(self, name: str) -> Any:
        """A field of the entity's kind (AttributeError if it has none)."""
    def __getitem__(self, key: str, /) -> Any: ...
    def __contains__(self, key: str, /) -> bool: ...
    def __eq__(self, other: object, /) -> bool: ...

@final
class Token:
    """A token: a word, number, code, punctuation mark or symbol of the text."""

    text: str
    """The token's text."""
    start: int
    """Byte offset in the UTF-8 text."""
    end: int
    """Byte offset just past the token."""
    char_start: int
    """Character offset in the Python string."""
    char_end: int
    """Character offset just past the token."""
    kind: str
    """word, number, code, punct or symbol."""
    def to_dict(self, char_offsets: bool = False) -> dict[str, Any]:
        """{"text", "start", "end", "kind"} as `hanhchinh tokenize` writes it."""

@final
class Sentence:
    """A sentence of the text."""

    text: str
    """The sentence's text."""
    start: int
    """Byte offset in the UTF-8 text."""
    end: int
    """Byte offset just past the sentence."""
    char_start: int
    """Character offset in the Python string."""
    char_end: int
    """Character offset just past the sentence."""
    def to_dict(self, char_offsets: bool = False) -> dict[str, Any]:
        """{"text", "start", "end"}."""

class UnitVersion(TypedDict):
    """A unit version as `hanhchinh convert` writes it (in `Conversion.via`)."""

    code: str
    name: str
    type: str
    level: str
    province: str | None
    valid_from: str | None
    valid_to: str | None

class Unit(UnitVersion):
    """A unit version (the fields of `hanhchinh lookup`, then parent_code and address)."""

    successors: list[str]
    parent_code: str | None
    address: str

class Match(Unit):
    """A unit found by `Gazetteer.lookup`, with how its name matched."""

    match: str
    """exact, folded or fuzzy."""
    edits: int
    """Edits of a fuzzy match (0 otherwise)."""

class Successor(UnitVersion):
    """A unit an old unit became (in `Conversion.new`)."""

    partial: bool
    """Only a part of the old unit went there."""
    notes: list[str]
    """What the sources say of the way (`inferred: ...` when read from the neighbours)."""

class _ConversionFields(TypedDict):
    input: str
    old_code: str | None
    old_level: str | None
    old_name: str | None
    old_type: str | None
    old_era: str | None
    """pre_reform, post_reform or both."""
    old_valid_from: str | None
    old_valid_to: str | None
    new_codes: list[str]
    new: list[Successor]
    split: bool
    via: list[UnitVersion]
    """The units the way went through (later versions, neighbours)."""
    score: float
    """Confidence from 0 to 1."""
    reason: str | None
    """Why there is no answer (None when there is one)."""
    possible: list[str]
    """Codes that may hold an abolished unit when the tables cannot say which."""

class Conversion(_ConversionFields, total=False):
    """An address converted (the fields of `hanhchinh convert`)."""

    candidates: list[Unit]
    """When the address is ambiguous: the units it may name."""

@final
class Analyzer:
    """Finds every entity of Vietnamese administrative text.

    Keyword options: kinds (names, or a comma-separated string; default every kind), ref_date
    (the documents' date), tone ('traditional' or 'modern'), gazetteer (a custom Gazetteer)."""

    def __new__(
        cls,
        *,
        kinds: str | Iterable[str] | None = None,
        ref_date: DateLike | None = None,
        tone: Literal["traditional", "modern"] = "traditional",
        gazetteer: Gazetteer | None = None,
    ) -> Analyzer: ...
    def analyze(self, text: str, ref_date: DateLike | None = None) -> list[Entity]:
        """The entities of `text`, ordered by start (longer first at the same start)."""
    def analyze_json(self, text: str, ref_date: DateLike | None = None) -> str:
        """The entities of `text` as the JSON array `hanhchinh analyze` writes."""
    def analyze_many(
        self,
        texts: Iterable[str],
        ref_dates: DateLike | Iterable[DateLike | None] | None = None,
        threads: int | None = None,
    ) -> list[list[Entity]]:
        """The entities of each text, analysed in parallel with the GIL released."""
    def analyze_many_json(
        self,
        texts: Iterable[str],
        ref_dates: DateLike | Iterable[DateLike | None] | None = None,
        threads: int | None = None,
    ) -> list[str]:
        """analyze_many, each text's entities as a JSON array."""
    @property
    def kinds(self) -> list[str]:
        """The kinds this analyzer extracts."""
    @property
    def ref_date(self) -> str | None:
        """The analyzer's reference date (YYYY-MM-DD), or None."""
    @property
    def tone(self) -> str:
        """'traditional' or 'modern'."""
    @property
    def gazetteer(self) -> Gazetteer | None:
        """The custom gazetteer, or None for the embedded one."""

@final
class Gazetteer:
    """Vietnam's administrative units in every era since 2017, with the lineage across the
    2025 reform; Gazetteer(tables) extends the embedded data with TSV tables."""

    def __new__(
        cls,
        tables: PathLike | Iterable[PathLike] | None = None,
        *,
        default: bool = True,
    ) -> Gazetteer: ...
    @staticmethod
    def from_tsv(tsv: str, *, name: str = "<tsv>", default: bool = True) -> Gazetteer:
        """A gazetteer from TSV text."""
    @staticmethod
    def from_bytes(data: bytes) -> Gazetteer:
        """A compiled gazetteer."""
    @staticmethod
    def load(path: PathLike) -> Gazetteer:
        """Loads a compiled gazetteer file."""
    def to_bytes(self) -> bytes:
        """The compiled bytes."""
    def save(self, path: PathLike) -> None:
        """Writes the compiled bytes to `path`."""
    @property
    def data_version(self) -> str:
        """The version of the data."""
    def lookup(self, name: str, *, fuzzy: bool = False) -> list[Match]:
        """The units named `name`."""
    def convert(self, address: str, date: DateLike | None = None) -> Conversion:
        """An old address converted to the units valid on `date` (default today)."""
    def convert_many(
        self,
        addresses: Iterable[str],
        date: DateLike | Iterable[DateLike | None] | None = None,
        threads: int | None = None,
    ) -> list[Conversion]:
        """convert for every address, in parallel with the GIL released."""
    def units(self, *, date: DateLike | None = None, level: str | None = None) -> list[Unit]:
        """Every unit version valid on `date` (all versions if None), of `level` if given."""
    def unit(self, level: str, code: str, date: DateLike | None = None) -> Unit | None:
        """The version of unit `code` at `level` valid on `date` (default today)."""
    def __len__(self) -> int:
        """The number of unit versions."""

def tokenize(text: str) -> list[Token]:
    """The tokens of `text`, with byte and character offsets."""

def normalize(
    text: str, *, tone: Literal["traditional", "modern"] = "traditional", map_spaces: bool = False
) -> str:
    """`text` in NFC with one tone-mark placement."""

def fold(text: str) -> str:
    """`text` lowercased without diacritics."""

def sentences(text: str) -> list[Sentence]:
    """The sentences of `text`."""

@overload
def segment(text: str, *, format: Literal["words"] = "words") -> list[str]:
    """Vietnamese word segmentation: the words as written (["phong trào", "thi đua"])."""

@overload
def segment(text: str, *, format: Literal["text"]) -> str:
    """Vietnamese word segmentation: syllables joined by _, words by spaces."""

@overload
def segment(text: str, *, format: Literal["spans"]) -> list[tuple[str, int, int]]:
    """Vietnamese word segmentation: (word, char_start, char_end) for each word."""

def decode(
    data: bytes | bytearray | str,
    encoding: Literal["auto", "unicode", "tcvn3", "vni", "viqr"] = "auto",
) -> str:
    """Legacy encodings (TCVN3, VNI, VIQR) to Unicode NFC; UTF-8 read as Windows-1252
    ("Ná»™i") back to what it was ("Nội")."""

def detect_encoding(data: bytes | bytearray | str) -> tuple[str, float]:
    """The most likely encoding of `data` and the detector's confidence."""

__all__ = [
    "DATA_VERSION",
    "KINDS",
    "Analyzer",
    "Conversion",
    "DateLike",
    "DateError",
    "Entity",
    "Gazetteer",
    "GazetteerError",
    "HanhchinhError",
    "Match",
    "OptionError",
    "PathLike",
    "Sentence",
    "Successor",
    "Token",
    "Unit",
    "UnitVersion",
    "__version__",
    "decode",
    "detect_encoding",
    "fold",
    "normalize",
    "segment",
    "sentences",
    "tokenize",
]
