"""A deterministic table of addresses written from the gazetteer's own units.

    python generate_addresses.py 100000 addresses.csv

Every commune valid on 2025-06-30 (with its district and province) and every commune valid on
2025-07-01 (with its province) is written in turn, in one of several forms that people use:
full type words, abbreviated types (`P.Phúc Xá, Q.Ba Đình, TP.Hà Nội`), no diacritics, no type
words, a house number and residential group first. The same `n` always gives the same rows.
"""

from __future__ import annotations

import csv
import sys

import hanhchinh

# Abbreviations of the type words as addresses write them.
ABBREV = {
    "phường": "P.",
    "xã": "X.",
    "thị trấn": "TT.",
    "đặc khu": "ĐK.",
    "quận": "Q.",
    "huyện": "H.",
    "thị xã": "TX.",
    "thành phố": "TP.",
    "tỉnh": "Tỉnh ",
}


def _chains(g: hanhchinh.Gazetteer):
    """(commune, district or None, province) for the communes of both eras."""
    out = []
    for day, three_levels in (("2025-06-30", True), ("2025-07-01", False)):
        units = g.units(date=day)
        by_code = {(u["level"], u["code"]): u for u in units}
        for u in units:
            if u["level"] != "commune":
                continue
            parent = by_code.get(("district" if three_levels else "province", u["parent_code"]))
            if parent is None:
                continue
            if three_levels:
                province = by_code.get(("province", parent["parent_code"]))
                if province is not None:
                    out.append((u, parent, province))
            else:
                out.append((u, None, parent))
    return out


def _full(u):
    return f"{u['type']} {u['name']}"


def _short(u):
    return f"{ABBREV.get(u['type'], u['type'] + ' ')}{u['name']}"


FORMS = [
    lambda parts, i: ", ".join(_full(u) for u in parts),
    lambda parts, i: ", ".join(_short(u) for u in parts),
    lambda parts, i: hanhchinh.fold(", ".join(_full(u) for u in parts)),
    lambda parts, i: ", ".join(u["name"] for u in parts),
    lambda parts, i: f"Số {i % 300 + 1}, tổ {i % 17 + 1}, " + ", ".join(_full(u) for u in parts),
]


def legacy(n: int, g: hanhchinh.Gazetteer | None = None) -> list[str]:
    """`n` pre-2025 addresses (commune, district, province; valid on 2025-06-30) written with
    full type words, without diacritics or without type words: what a converter of old
    addresses is given (no house number, no abbreviation that could be read as a street)."""
    chains = [c for c in _chains(g or hanhchinh.Gazetteer()) if c[1] is not None]
    forms = [FORMS[0], FORMS[2], FORMS[3]]
    rows = []
    for i in range(n):
        commune, district, province = chains[i % len(chains)]
        rows.append(forms[(i // len(chains) + i) % len(forms)]([commune, district, province], i))
    return rows


def generate(n: int, g: hanhchinh.Gazetteer | None = None) -> list[str]:
    """`n` addresses, the same for the same `n` (and the same gazetteer data)."""
    chains = _chains(g or hanhchinh.Gazetteer())
    rows = []
    for i in range(n):
        commune, district, province = chains[i % len(chains)]
        parts = [p for p in (commune, district, province) if p is not None]
        form = FORMS[(i // len(chains) + i) % len(FORMS)]
        rows.append(form(parts, i))
    return rows


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 100_000
    path = argv[2] if len(argv) > 2 else "addresses.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "address"])
        for i, a in enumerate(generate(n)):
            w.writerow([i, a])


if __name__ == "__main__":
    main(sys.argv)
