#!/usr/bin/env python3
"""Rewrite Vietnamese text on stdin into another form of the same text (standard library only).

    text_variants.py nfd   < in.txt   # canonical decomposition (NFD)
    text_variants.py tone  < in.txt   # tone mark of oa/oe/uy moved: hòa <-> hoà, thủy <-> thuỷ

Used by scripts/eval-wordseg.sh to check that segmentation does not depend on how the
diacritics were typed.
"""
import re
import sys
import unicodedata

TONES = "\u0300\u0301\u0309\u0303\u0323"
# In NFD: (onset not q) o/u, optional tone, a/e/y, optional tone, then not a letter.
PAIR = re.compile(
    r"(?<![qQ])([oOuU])([" + TONES + r"]?)([aeyAEY])([" + TONES + r"]?)(?![\w\u0300-\u036f])"
)


def move(m):
    first, t1, second, t2 = m.groups()
    if first in "oO" and second in "yY":
        return m.group(0)
    if first in "uU" and second not in "yY":
        return m.group(0)
    if t1 and not t2:
        return first + second + t1
    if t2 and not t1:
        return first + t2 + second
    return m.group(0)


def tone(text):
    d = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", PAIR.sub(move, d))


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    data = sys.stdin.read()
    if mode == "nfd":
        sys.stdout.write(unicodedata.normalize("NFD", data))
    elif mode == "tone":
        sys.stdout.write(tone(data))
    else:
        sys.exit("usage: text_variants.py nfd|tone < in.txt")


if __name__ == "__main__":
    main()
