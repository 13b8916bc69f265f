#!/usr/bin/env python3
"""Writes src/tables.bin, the compact form of the NFKC data of unicode-normalization 0.1.26.

Usage: python3 scripts/gen_tables.py PATH/TO/unicode-normalization-0.1.26/src/tables.rs

The upstream crate stores its tables as minimal-perfect-hash arrays, in hash order: about 112 KB of
nearly random bytes (56 KB gzip) in the page's worker wasm. The same data sorted by code point and
delta/varint-coded is a fraction of that; src/lookups.rs decodes it on first use. Only the tables NFC,
NFD, NFKC and NFKD read are kept (combining classes, canonical and compatibility decompositions,
primary compositions, including the astral pairs upstream writes as a `match`). The script decodes its
own output again and checks it against the parsed tables before writing.
"""
import re
import sys
from pathlib import Path

src = Path(sys.argv[1]).read_text()


def table(name):
    m = re.search(r"pub\(crate\) const " + name + r": &\[[^\]]+\] = &\[(.*?)\n\];", src, re.S)
    toks = re.findall(r"0x[0-9A-Fa-f]+|'\\u\{[0-9a-fA-F]+\}'|\b\d+\b", m.group(1))
    return [int(t[4:-2], 16) if t.startswith("'") else int(t, 0) for t in toks]


# Combining classes: u32 = code point << 8 | class.
ccc = sorted((kv >> 8, kv & 0xFF) for kv in table("CANONICAL_COMBINING_CLASS_KV"))
# Primary compositions: (c1 << 16 | c2, composite) for the BMP, plus the astral `match` arms.
kv = table("COMPOSITION_TABLE_KV")
comp = [((k >> 16, k & 0xFFFF), v) for k, v in zip(kv[0::2], kv[1::2])]
astral = re.search(r"fn composition_table_astral.*?\n}\n", src, re.S).group(0)
for a, b, c in re.findall(r"\('\\u\{(\w+)\}', '\\u\{(\w+)\}'\) => Some\('\\u\{(\w+)\}'\)", astral):
    comp.append(((int(a, 16), int(b, 16)), int(c, 16)))
comp.sort()


def decompositions(prefix):
    chars = table(prefix + "_DECOMPOSED_CHARS")
    kv = table(prefix + "_DECOMPOSED_KV")
    return sorted((k, chars[s : s + n]) for k, s, n in zip(kv[0::3], kv[1::3], kv[2::3]))


canon = decompositions("CANONICAL")
compat = decompositions("COMPATIBILITY")


def varint(n, out):
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return


def zigzag(n):
    return (n << 1) if n >= 0 else ((-n << 1) - 1)


out = bytearray()
varint(len(ccc), out)
prev = 0
for cp, cls in ccc:
    varint(cp - prev, out)
    out.append(cls)
    prev = cp
varint(len(comp), out)
prev = 0
for (a, b), c in comp:
    varint(a - prev, out)
    varint(b, out)
    varint(zigzag(c - a), out)
    prev = a
for dec in (canon, compat):
    varint(len(dec), out)
    prev = 0
    for cp, chars in dec:
        varint(cp - prev, out)
        varint(len(chars), out)
        for ch in chars:
            varint(zigzag(ch - cp), out)
        prev = cp


# Decode again (the same steps as src/lookups.rs) and compare.
pos = 0


def rd():
    global pos
    n = shift = 0
    while True:
        b = out[pos]
        pos += 1
        n |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return n


def unzig(n):
    return (n >> 1) ^ -(n & 1)


got, cp = [], 0
for _ in range(rd()):
    cp += rd()
    got.append((cp, out[pos]))
    pos += 1
assert got == ccc
got, a = [], 0
for _ in range(rd()):
    a += rd()
    b = rd()
    got.append(((a, b), a + unzig(rd())))
assert got == comp
for want in (canon, compat):
    got, cp = [], 0
    for _ in range(rd()):
        cp += rd()
        got.append((cp, [cp + unzig(rd()) for _ in range(rd())]))
    assert got == want
assert pos == len(out)

Path(__file__).resolve().parent.parent.joinpath("src", "tables.bin").write_bytes(bytes(out))
import zlib

print(f"tables.bin: {len(out)} bytes ({len(zlib.compress(bytes(out), 9))} deflated); "
      f"{len(ccc)} classes, {len(comp)} compositions, {len(canon)} canonical, {len(compat)} compatibility")
