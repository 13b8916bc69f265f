b = b"hello"
print(b, b[0], b[-1:], list(b[:2]), b.upper(), b + b"!", b * 2, len(b))
print(bytes([72, 105]), bytes(3), bytes("ñ", "utf-8"), bytearray(b"ab"), bytes(range(3)))
print(b.hex(), bytes.fromhex("48 69"), b.find(b"l"), b.count(b"l"), b.split(b"l"), b"a,b".split(b","))
print(repr(b"\x00\xff\n\t'"), repr(b'"'), str(b"abc", "ascii"), b"\x41" == b"A")
s = "naïve café €"
enc = s.encode("utf-8")
print(enc, len(s), len(enc), enc.decode("utf-8") == s)
print(s.encode("ascii", errors="replace"), s.encode("ascii", errors="ignore"), s.encode("latin-1", errors="xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason, e.start)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, ba.decode(), ba.pop(), bytes(ba))
print(b"abc" < b"abd", b"  x ".strip(), b"A".lower(), b"x".isalpha(), ord(b"a"), chr(b"a"[0]))
print(int.from_bytes(b"\xff\xfe", "little", signed=True), (258).to_bytes(2, "big"), b"%d-%s" % (5, b"x"))
