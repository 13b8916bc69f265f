text = "Grüße, €5"
raw = text.encode()
print(raw, len(text), len(raw), raw.decode(), raw.decode("utf-8") == text)
print(text.encode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"), "é".encode(encoding="latin1"))
print(text.encode("ascii", "replace"), text.encode("ascii", "ignore"), text.encode("ascii", "xmlcharrefreplace"))
print(text.encode("ascii", errors="backslashreplace"), b"\xe9t\xe9".decode("latin-1"))
print(b"ok\xff".decode("utf-8", "replace"), b"ok\xff".decode("utf-8", "ignore"), b"\xff".decode("utf-8", "backslashreplace"))
print(str(b"abc", "ascii"), str(b"caf\xc3\xa9", encoding="utf-8"), bytearray(b"x").decode())
cases = [(b"\xff", "utf-8"), (b"\xc3\x28", "utf-8"), (b"\xe2\x82", "utf-8"), (b"a\xe2\x82\xffb", "utf-8"), (b"\x80", "ascii")]
for data, codec in cases:
    try:
        data.decode(codec)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
for s, codec in [("é", "ascii"), ("aéèb", "ascii"), ("€", "latin-1"), ("x", "klingon")]:
    try:
        s.encode(codec)
    except (UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError) if False else issubclass(UnicodeDecodeError, ValueError))
