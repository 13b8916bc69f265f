print(b"plain", b'single', b"it's", b'say "hi"', b'both \' and "')
print(rb"\x00raw\n", br"\d+", b"\x00\x7f\x80\xff", b"\n\t\r\\")
print(b"adjacent " b"literals", b"", bytearray(), bytearray(b"it's"))
print(repr(b"\x0b\x0c\x1b"), str(b"abc"), f"{b'x'!r} {b'y'}")
print(b"\101\102\x43", b"caf\xc3\xa9", len(b"caf\xc3\xa9"))
values = [b"a", bytearray(b"b"), b"'", b'"']
for v in values:
    print(type(v).__name__, v, repr(v), len(v))
print(type(b""), type(bytearray()), bytes, bytearray)
print(isinstance(b"", bytes), isinstance(bytearray(), bytes), isinstance(bytearray(), bytearray))
