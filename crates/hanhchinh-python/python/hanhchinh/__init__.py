"""Vietnamese administrative NLP at Rust speed.

>>> import hanhchinh
>>> a = hanhchinh.Analyzer(ref_date="2022-05-18")
>>> [(e.kind, e.text) for e in a.analyze("UBND quận Ba Đình ngày 18/5/2022")]
[('abbrev', 'UBND'), ('admin_unit', 'quận Ba Đình'), ('date', 'ngày 18/5/2022')]

* ``Analyzer``: every entity of a text (administrative units with their codes and successors,
  persons with titles, abbreviations, numbers, amounts, percentages, quantities, fractions,
  ranges, dates, times, date ranges, legal references); ``analyze_many`` runs in parallel.
  Entities have the fields of the JSON contract of ``hanhchinh analyze``
  (``docs/json-contract.md``), byte offsets (``start``, ``end``) and character offsets
  (``char_start``, ``char_end``: ``text[e.char_start:e.char_end] == e.text``).
* ``Gazetteer``: the administrative units before and after the 2025-07-01 reform; ``lookup``,
  ``convert`` and ``convert_many`` (old addresses to the units of today), extended with your
  own TSV tables.
* ``segment``, ``tokenize``, ``normalize``, ``fold``, ``sentences``, ``decode``
  (TCVN3, VNI, VIQR), ``detect_encoding``.

Errors are ``HanhchinhError`` subclasses (``DateError``, ``OptionError``, ``GazetteerError``)
carrying the Rust message; files that cannot be read raise ``OSError``.
"""

from ._hanhchinh import (
    DATA_VERSION,
    KINDS,
    Analyzer,
    DateError,
    Entity,
    Gazetteer,
    GazetteerError,
    HanhchinhError,
    OptionError,
    Sentence,
    Token,
    __version__,
    decode,
    detect_encoding,
    fold,
    normalize,
    segment,
    sentences,
    tokenize,
)
from ._types import Conversion, DateLike, Match, PathLike, Successor, Unit, UnitVersion

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
