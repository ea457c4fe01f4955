"""Types of the dicts and arguments of hanhchinh (for annotations; plain dicts at run time)."""

import datetime
import os
from typing import Optional, TypedDict, Union

DateLike = Union[str, datetime.date]
"""A day: 'YYYY-MM-DD', or a datetime.date (a datetime, a pandas Timestamp: anything with
year, month and day)."""

PathLike = Union[str, "os.PathLike[str]"]
"""A file path: a str or a pathlib.Path."""


class UnitVersion(TypedDict):
    """A unit version as `hanhchinh convert` writes it (in `Conversion.via`)."""

    code: str
    name: str
    type: str
    level: str
    province: Optional[str]
    valid_from: Optional[str]
    valid_to: Optional[str]


class Unit(UnitVersion):
    """A unit version: the fields of `hanhchinh lookup`, then parent_code and address."""

    successors: list[str]
    parent_code: Optional[str]
    address: str


class Match(Unit):
    """A unit found by Gazetteer.lookup, with how its name matched: match is exact, folded or
    fuzzy; edits counts the edits of a fuzzy match (0 otherwise)."""

    match: str
    edits: int


class Successor(UnitVersion):
    """A unit an old unit became (in `Conversion.new`): partial when only a part of the old
    unit went there; notes say what the sources say of the way."""

    partial: bool
    notes: list[str]


class _ConversionFields(TypedDict):
    input: str
    old_code: Optional[str]
    old_level: Optional[str]
    old_name: Optional[str]
    old_type: Optional[str]
    old_era: Optional[str]
    old_valid_from: Optional[str]
    old_valid_to: Optional[str]
    new_codes: list[str]
    new: list[Successor]
    split: bool
    via: list[UnitVersion]
    score: float
    reason: Optional[str]
    possible: list[str]


class Conversion(_ConversionFields, total=False):
    """An address converted: the fields of `hanhchinh convert` (candidates only when the
    address is ambiguous)."""

    candidates: list[Unit]
