#!/usr/bin/env python3
"""Address conversion accuracy: hanhchinh against vietnamadminunits, on addresses generated from
the gazetteer tables of data/gazetteer/ (not part of `cargo test`).

    python3 scripts/bench-addresses.py [--n 1000] [--seed 12345] [--no-peer] [--show-misses K]

Builds the CLI (release), writes the generated addresses to target/bench-addresses/, runs
`hanhchinh convert --lossy --to 2026-10-01` on them, installs vietnamadminunits 1.0.4 from PyPI
into a virtual environment under target/ (once) and runs it on the same addresses, then prints
the markdown table of docs/benchmarks.md ("addresses written as").

Rows (N addresses each, units drawn at random with a fixed seed; house numbers, streets and
hamlets are invented, unit names are the tables'):
  street-first   a house number, street, alley, group or hamlet before the unit names
  english        English or abbreviated forms (Ward 7, District 5, Ho Chi Minh City; F.9, Q.X,
                 TP.HCM; X Ward, Y District, Z Province)
  post-2025      two-part addresses of the 3,321 communes from 2025-07-01 (commune, province)
  transposition  two adjacent letters of the commune's name swapped (full address)
  misspelt       one letter of the commune's name inserted, dropped or replaced, with its
                 district and province
  abolished      communes abolished 2017-2025 (merged into a neighbour), with the district and
                 province of their time
  renamed        earlier names of communes renamed before 2025 (same code), with the district
                 and province of their time
  invalid-utf8   a street-first address with one invalid UTF-8 byte in its street part
  garbage        damaged words (a name with invalid bytes inside), random letters, random bytes

What counts as right: the old unit's code and the codes of the post-2025 units it went to
(converted to 2026-10-01, so the 2026 changes apply), the whole set for a split commune; for an
abolished commune, the one successor its neighbours that changed on the day it ended agree on
when they agree (the tables do not record absorbers), else an answer that says so (a reason and
no successor); for an earlier name that another commune of the same district bears, with the
same type, on 2025-06-30 (codes of Sa Pa and Bình Tân were reshuffled in 2021), when the district
and province are also written as on that day, that commune: such an address carries no cue of its
time, and an address without a date that names a district is read as of 2025-06-30
(`hanhchinh convert --as-of DATE` reads it as of its own time); for garbage, no answer. "wrong" is an answer with another unit; the rest is no
answer. vietnamadminunits gives one new ward per address: it is right when that ward is in the
expected set (for an abolished commune without a determined successor: in the set of its
neighbours' successors).
"""

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data", "gazetteer")
OUT = os.path.join(ROOT, "target", "bench-addresses")
VENV = os.path.join(ROOT, "target", "bench-venv")
TO = "2026-10-01"

STREETS = [
    "Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Hai Bà Trưng", "Lý Thường Kiệt", "Quang Trung",
    "Hùng Vương", "Trần Phú", "Nguyễn Trãi", "Lê Duẩn", "Điện Biên Phủ", "Võ Thị Sáu",
    "Phan Đình Phùng", "Nguyễn Văn Cừ", "Lạc Long Quân", "Hoàng Diệu", "Bà Triệu", "Ngô Quyền",
    "Nguyễn Du", "Lê Thánh Tông", "Trường Chinh", "Cách Mạng Tháng Tám", "3 Tháng 2",
    "Nguyễn Thị Minh Khai", "Phạm Văn Đồng", "Tôn Đức Thắng", "Võ Văn Kiệt", "Lê Hồng Phong",
]
HAMLETS = ["Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Mới", "Cũ", "Đoài"]


def read(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def full(u):
    t = u["type"]
    return t[:1].upper() + t[1:] + " " + u["name"]


def lower_full(u):
    return u["type"] + " " + u["name"]


ABBR = {"tỉnh": "T.", "thành phố": "TP.", "quận": "Q.", "huyện": "H.", "thị xã": "TX.",
        "phường": "P.", "xã": "X.", "thị trấn": "TT.", "đặc khu": "ĐK."}
ENGLISH = {("province", "tỉnh"): "Province", ("province", "thành phố"): "City",
           ("district", "quận"): "District", ("district", "huyện"): "District",
           ("district", "thị xã"): "Town", ("district", "thành phố"): "City",
           ("commune", "phường"): "Ward", ("commune", "xã"): "Commune",
           ("commune", "thị trấn"): "Town"}


class Tables:
    def __init__(self):
        self.pre = read("units_2025_pre.tsv")
        self.post = read("units_2025_post.tsv")
        self.hist = read("units_history.tsv")
        self.pre_by = {(r["level"], r["code"]): r for r in self.pre}
        self.post_by = {(r["level"], r["code"]): r for r in self.post}
        self.hist_by = defaultdict(list)
        for r in self.hist:
            self.hist_by[(r["level"], r["code"])].append(r)
        self.succ = defaultdict(set)
        for r in read("lineage_2025.tsv"):
            self.succ[(r["old_level"], r["old_code"])].add(r["new_code"])
        self.children = defaultdict(list)
        for r in self.pre + self.hist:
            if r["level"] == "commune":
                self.children[r["parent_code"]].append(r)

    def unit_at(self, level, code, when):
        """The version of (level, code) valid on `when` (YYYY-MM-DD), pre or history."""
        for r in self.hist_by.get((level, code), []):
            if r["valid_from"].lstrip("<=") <= when < r["valid_to"] or (
                r["valid_from"].startswith("<=") and when < r["valid_to"]
            ):
                return r
        return self.pre_by.get((level, code))

    def new_codes(self, level, code):
        return sorted(self.succ.get((level, code), set()))

    def absorber_set(self, r):
        """Successors of the neighbours that changed on the day an abolished commune ended."""
        end = r["valid_to"]
        out = set()
        for c in self.children[r["parent_code"]]:
            if c["code"] != r["code"] and c["valid_from"].lstrip("<=") == end and not c["valid_from"].startswith("<="):
                # The neighbour's code on 2025-06-30, and its successors.
                if ("commune", c["code"]) in self.pre_by:
                    out |= set(self.new_codes("commune", c["code"]))
        return out

    def district_successors(self, parent_code):
        out = set()
        for c in self.pre:
            if c["level"] == "commune" and c["parent_code"] == parent_code:
                out |= set(self.new_codes("commune", c["code"]))
        return out


def pre_address(t, u, style, rnd):
    d = t.pre_by[("district", u["parent_code"])]
    p = t.pre_by[("province", u["province_code"])]
    if style == "full":
        return f"{full(u)}, {full(d)}, {full(p)}"
    if style == "lower":
        return f"{lower_full(u)}, {lower_full(d)}, {p['name']}"
    if style == "abbr":
        return f"{ABBR[u['type']]}{u['name']}, {ABBR[d['type']]}{d['name']}, {ABBR[p['type']]}{p['name']}"
    raise ValueError(style)


def edit_word(name, rnd, kind):
    """The name with one edit in a word of at least 4 letters (None if there is none)."""
    words = name.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not idx:
        return None
    i = rnd.choice(idx)
    w = words[i]
    if kind == "swap":
        spots = [k for k in range(len(w) - 1) if w[k].lower() != w[k + 1].lower()]
        if not spots:
            return None
        k = rnd.choice(spots)
        low = w.lower()
        w2 = low[:k] + low[k + 1] + low[k] + low[k + 2:]
        if w[0].isupper():
            w2 = w2[0].upper() + w2[1:]
    else:
        k = rnd.randrange(1, len(w))
        op = rnd.choice(["drop", "double", "replace"])
        if op == "drop":
            w2 = w[:k] + w[k + 1:]
        elif op == "double":
            w2 = w[:k] + w[k] + w[k:]
        else:
            letters = "aeiouhnmtcg"
            c = rnd.choice([x for x in letters if x != fold(w[k]).lower()])
            w2 = w[:k] + c + w[k + 1:]
    if fold(w2).lower() == fold(w).lower():
        return None
    words[i] = w2
    return " ".join(words)


def generate(t, n, seed):
    rnd = random.Random(seed)
    rows = []  # (category, address bytes, expectation dict)
    pre_communes = [u for u in t.pre if u["level"] == "commune"]

    def pre_expect(u):
        return {"old": u["code"], "new": t.new_codes("commune", u["code"])}

    # street-first
    for _ in range(n):
        u = rnd.choice(pre_communes)
        s, k, m = rnd.choice(STREETS), rnd.randint(1, 300), rnd.randint(1, 99)
        admin = pre_address(t, u, rnd.choice(["full", "lower", "abbr"]), rnd)
        form = rnd.randrange(7)
        head = [
            f"Số {k} ngõ {m} phố {s}",
            f"{k} {s}",
            f"Tổ {m}",
            f"Thôn {rnd.choice(HAMLETS)}",
            f"Số {k}/{m} hẻm {m} đường {s}",
            f"Khu phố {m}",
            f"Ấp {rnd.choice(HAMLETS)} {m}",
        ][form]
        rows.append(("street-first", f"{head}, {admin}", pre_expect(u)))
    # english and abbreviated
    hcm = [u for u in pre_communes if u["province_code"] == "79" and u["name"].isdigit()
           and t.pre_by[("district", u["parent_code"])]["name"].isdigit()]
    for i in range(n):
        form = i % 4
        if form < 2 and hcm:
            u = rnd.choice(hcm)
            d = t.pre_by[("district", u["parent_code"])]
            a = [f"Ward {u['name']}, District {d['name']}, Ho Chi Minh City",
                 f"F.{u['name']}, Q.{d['name']}, TP.HCM",
                 f"P{u['name']}, Q{d['name']}, TPHCM",
                 f"Phuong {u['name']}, Quan {d['name']}, HCMC"][rnd.randrange(4)]
        else:
            u = rnd.choice(pre_communes)
            d = t.pre_by[("district", u["parent_code"])]
            p = t.pre_by[("province", u["province_code"])]
            if form == 2:
                parts = [f"{x['name']} {ENGLISH[(x['level'], x['type'])]}" for x in (u, d, p)]
                a = ", ".join(fold(x) if rnd.random() < 0.5 else x for x in parts)
            else:
                a = pre_address(t, u, "abbr", rnd)
                a = a.replace("TP.Hồ Chí Minh", rnd.choice(["TP.HCM", "TPHCM", "Tp.HCM"]))
        rows.append(("english", a, pre_expect(u)))
    # post-2025, two parts
    post_communes = [u for u in t.post if u["level"] == "commune"]
    for _ in range(n):
        u = rnd.choice(post_communes)
        p = t.post_by[("province", u["parent_code"])]
        a = rnd.choice([
            f"{full(u)}, {full(p)}",
            f"{lower_full(u)}, {p['name']}",
            f"{u['name']}, {p['name']}",
            fold(f"{lower_full(u)}, {p['name']}").lower(),
            f"Số {rnd.randint(1, 200)} {rnd.choice(STREETS)}, {full(u)}, {full(p)}",
        ])
        rows.append(("post-2025", a, {"old": u["code"], "new": [u["code"]]}))
    # transpositions and misspellings
    for cat, kind in (("transposition", "swap"), ("misspelt", "edit")):
        made = 0
        while made < n:
            u = rnd.choice(pre_communes)
            name = edit_word(u["name"], rnd, kind)
            if name is None:
                continue
            bad = dict(u, name=name)
            d = t.pre_by[("district", u["parent_code"])]
            p = t.pre_by[("province", u["province_code"])]
            a = f"{full(bad)}, {full(d)}, {full(p)}" if rnd.random() < 0.5 else \
                fold(f"{lower_full(bad)}, {lower_full(d)}, {p['name']}").lower()
            rows.append((cat, a, pre_expect(u)))
            made += 1
    # abolished
    ab = [r for r in t.hist if r["status"] == "abolished" and r["level"] == "commune"]
    for _ in range(n):
        r = rnd.choice(ab)
        when = r["valid_to"]
        day_before = when  # the version of the parent valid until the end
        d = t.unit_at("district", r["parent_code"], prev_day(when))
        p = t.unit_at("province", r["province_code"], prev_day(when))
        a = f"{full(r)}, {full(d)}, {full(p)}"
        s = t.absorber_set(r)
        exp = {"old": r["code"], "abolished": True, "determined": sorted(s) if len(s) == 1 else None,
               "plausible": sorted(s or t.district_successors(r["parent_code"]))}
        rows.append(("abolished", a, exp))
        del day_before
    # renamed before 2025
    ren = [r for r in t.hist if r["status"] == "changed" and r["level"] == "commune"
           and ("commune", r["code"]) in t.pre_by
           and fold(t.pre_by[("commune", r["code"])]["name"]).lower() != fold(r["name"]).lower()]
    # Without a date an address that names a district is read as of 2025-06-30: where another
    # commune of the district bears the old name on that day, the address names that commune.
    today = {(u["parent_code"], u["name"]): u for u in t.pre if u["level"] == "commune"}
    for _ in range(n):
        r = rnd.choice(ren)
        d = t.unit_at("district", r["parent_code"], prev_day(r["valid_to"]))
        p = t.unit_at("province", r["province_code"], prev_day(r["valid_to"]))
        a = f"{full(r)}, {full(d)}, {full(p)}"
        u = today.get((r["parent_code"], r["name"]))
        d_now = t.pre_by.get(("district", r["parent_code"]))
        p_now = t.pre_by.get(("province", r["province_code"]))
        # ... unless the address has a cue of its time: another type of the commune, or a
        # district or province named as it was then (Huyện Sa Pa, a thị xã since 2020).
        same_words = u is not None and d_now is not None and p_now is not None and \
            full(u) == full(r) and full(d_now) == full(d) and full(p_now) == full(p)
        if same_words and u["code"] != r["code"]:
            rows.append(("renamed", a, {"old": u["code"], "new": t.new_codes("commune", u["code"]),
                                        "namesake": r["code"]}))
        else:
            rows.append(("renamed", a, {"old": r["code"], "new": t.new_codes("commune", r["code"])}))
    # invalid UTF-8 in the street part
    for _ in range(n):
        u = rnd.choice(pre_communes)
        s = rnd.choice(STREETS)
        k = rnd.randrange(1, len(s))
        street = s[:k].encode() + bytes([rnd.choice([0xC0, 0xC1, 0xF8, 0xFF, 0x80, 0xAF])]) + s[k:].encode()
        a = b"S\xe1\xbb\x91 " + str(rnd.randint(1, 300)).encode() + b" " + street + b", " + \
            pre_address(t, u, "full", rnd).encode()
        rows.append(("invalid-utf8", a, pre_expect(u)))
    # garbage
    words = sorted({w for u in t.pre for w in u["name"].split(" ") if len(w) >= 4})
    for i in range(n):
        form = i % 3
        if form == 0:
            w = rnd.choice(words).encode()
            k = rnd.randrange(1, len(w))
            a = w[:k] + bytes([0xC0, 0xAF]) + w[k:]
            if rnd.random() < 0.5:
                a = b"Ph\xc0\xafng " + a
        elif form == 1:
            a = "".join(rnd.choice("bcdfghklmnpqrstvxyzaeiou ") for _ in range(rnd.randint(3, 14))).strip() or "zz"
        else:
            a = bytes(rnd.randrange(256) for _ in range(rnd.randint(3, 20)))
        if isinstance(a, bytes):
            a = a.replace(b"\n", b" ").replace(b"\r", b" ").replace(b",", b" ")
        rows.append(("garbage", a, {"garbage": True}))
    return rows


def prev_day(d):
    import datetime
    x = datetime.date.fromisoformat(d) - datetime.timedelta(days=1)
    return x.isoformat()


def judge_ours(exp, out):
    old, new = out.get("old_code"), out.get("new_codes") or []
    if exp.get("garbage"):
        return "right" if old is None else "wrong"
    if old is None:
        return "none"
    if exp.get("abolished"):
        # A current unit of the same name (often the absorber itself, which took the name) is
        # a fair reading: judged by the successors.
        if exp["determined"] is not None:
            return "right" if new == exp["determined"] else ("none" if not new else "wrong")
        if not new and out.get("reason") and old == exp["old"]:
            return "right"
        if new and set(new) <= set(exp["plausible"]):
            return "right"
        return "wrong" if new or old != exp["old"] else "none"
    if old != exp["old"]:
        return "wrong"
    return "right" if sorted(new) == exp["new"] else ("none" if not new else "wrong")


def judge_peer(exp, ward):
    if exp.get("garbage"):
        return "right" if ward is None else "wrong"
    if ward is None:
        return "none"
    if exp.get("abolished"):
        return "right" if ward in exp["plausible"] else "wrong"
    return "right" if ward in exp["new"] else "wrong"


def run_ours(rows):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "addresses.txt")
    with open(path, "wb") as f:
        for _, a, _ in rows:
            f.write((a if isinstance(a, bytes) else a.encode()) + b"\n")
    subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "hanhchinh-cli",
                    "--manifest-path", os.path.join(ROOT, "Cargo.toml")], check=True)
    exe = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "hanhchinh")
    with open(path, "rb") as f:
        res = subprocess.run([exe, "convert", "--lossy", "--quiet", "--to", TO], stdin=f,
                             capture_output=True, check=True)
    lines = res.stdout.decode().splitlines()
    if len(lines) != len(rows):
        sys.exit(f"hanhchinh printed {len(lines)} lines for {len(rows)} addresses")
    return [json.loads(l) for l in lines]


PEER = r'''
import json, sys
from vietnamadminunits import convert_address, parse_address
for line in sys.stdin.buffer:
    job = json.loads(line)
    a = job["a"]
    try:
        if job["post"]:
            r = parse_address(a, mode="FROM_2025", level=2)
        else:
            r = convert_address(a)
        w = r.ward_code
    except Exception:
        w = None
    print(json.dumps(w or None), flush=False)
'''


def run_peer(rows):
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([py, "-m", "pip", "install", "--quiet", "vietnamadminunits==1.0.4"], check=True)
    jobs = []
    for cat, a, _ in rows:
        text = a.decode("utf-8", errors="replace") if isinstance(a, bytes) else a
        jobs.append(json.dumps({"a": text, "post": cat == "post-2025"}))
    res = subprocess.run([py, "-c", PEER], input="\n".join(jobs).encode() + b"\n",
                         capture_output=True, check=True)
    return [json.loads(l) for l in res.stdout.decode().splitlines()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=12345)
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--show-misses", type=int, default=0)
    args = ap.parse_args()
    t = Tables()
    rows = generate(t, args.n, args.seed)
    ours = run_ours(rows)
    peer = None if args.no_peer else run_peer(rows)
    cats = []
    for c, _, _ in rows:
        if c not in cats:
            cats.append(c)
    stats = {c: defaultdict(int) for c in cats}
    pstats = {c: defaultdict(int) for c in cats}
    misses = defaultdict(list)
    for i, (c, a, exp) in enumerate(rows):
        v = judge_ours(exp, ours[i])
        stats[c][v] += 1
        if v != "right":
            misses[c].append((a, exp, ours[i]))
        if peer is not None:
            pstats[c][judge_peer(exp, peer[i])] += 1
    print(f"| addresses written as | n | hanhchinh right | wrong | no answer | vietnamadminunits right | wrong |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for c in cats:
        s, n = stats[c], sum(stats[c].values())
        pct = lambda x, tot: f"{100.0 * x / tot:.1f}%"
        peer_cols = "- | -" if peer is None else f"{pct(pstats[c]['right'], n)} | {pct(pstats[c]['wrong'], n)}"
        print(f"| {c} | {n} | {pct(s['right'], n)} | {pct(s['wrong'], n)} | {pct(s['none'], n)} | {peer_cols} |")
    namesakes = sum(1 for c, _, exp in rows if exp.get("namesake"))
    if namesakes:
        print(f"\nrenamed: {namesakes} of the addresses use an earlier name that another commune of "
              "the district bears on 2025-06-30, written as on that day: expected as that commune")
    with open(os.path.join(OUT, "misses.jsonl"), "w") as f:
        for c in cats:
            for a, exp, out in misses[c]:
                text = a.decode("utf-8", errors="replace") if isinstance(a, bytes) else a
                f.write(json.dumps({"cat": c, "address": text, "expected": exp,
                                    "got": {k: out.get(k) for k in ("old_code", "old_name", "new_codes", "reason", "score")}},
                                   ensure_ascii=False) + "\n")
    if args.show_misses:
        for c in cats:
            for a, exp, out in misses[c][: args.show_misses]:
                text = a.decode("utf-8", errors="replace") if isinstance(a, bytes) else a
                print(f"  {c}: {text!r} expected {exp.get('old')} {exp.get('new', exp.get('determined'))} "
                      f"got {out.get('old_code')} {out.get('old_name')} {out.get('new_codes')} {out.get('reason')}")


if __name__ == "__main__":
    main()
