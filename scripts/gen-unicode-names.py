#!/usr/bin/env python3
"""Generates vendor/unicode_names2/src/names.txt: the Unicode character names `"\\N{...}"` escapes
may use in the playground (and `unicodedata.name`/`lookup` know).

usage: python3 scripts/gen-unicode-names.py

The full name table costs about 0.4 MB gzip in the page; these blocks (ASCII, Latin-1, combining accents, Greek,
punctuation, currency, arrows, mathematical operators, common symbols and dingbats, emoticons)
cost about 3.5 KB and hold the names people write in string literals. One line per code point of
each range, in order; an empty line is a code point without a name. The ranges are repeated in
vendor/unicode_names2/src/lib.rs (RANGES), which must match.
"""

import unicodedata

RANGES = [(0x20, 0x7E), (0xA0, 0xFF), (0x300, 0x36F), (0x391, 0x3C9), (0x2010, 0x2044), (0x20A0, 0x20BF), (0x2190, 0x2199),
          (0x2200, 0x2265), (0x2600, 0x2613), (0x2713, 0x2718), (0x2764, 0x2764), (0x1F600, 0x1F64F)]

with open("vendor/unicode_names2/src/names.txt", "w") as out:
    for a, b in RANGES:
        for c in range(a, b + 1):
            out.write(unicodedata.name(chr(c), "") + "\n")
