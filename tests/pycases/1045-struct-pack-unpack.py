# struct: byte orders, sizes and alignment, strings, floats, and its range errors.
import struct
print(struct.pack("<i", 1), struct.pack(">i", 1), struct.pack("!H", 513), struct.pack("<q", -2))
header = struct.pack(">HHI", 1, 2, 3)
print(header, struct.unpack(">HHI", header), struct.calcsize(">HHI"))
print(struct.calcsize("bi"), struct.calcsize("<bi"), struct.calcsize("ci0q"), struct.calcsize("3s2H"), struct.calcsize("hd"))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("?x?", True, 0), struct.pack("<2c", b"a", b"b"))
print(struct.pack("<d", 1.5), struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("<e", b"\x00<"))
record = struct.Struct("<10sHd")
packed = record.pack(b"widget", 7, 9.99)
print(record.size, len(packed), record.format, record.unpack(packed))
name, qty, price = record.unpack(packed)
print(name.rstrip(b"\0").decode(), qty, price)
print(struct.unpack_from("<H", b"\x00\x01\x02", 1), list(struct.iter_unpack("<h", b"\x01\x00\xff\xff")))
for fmt, value in [("<B", 300), ("<h", 40000), (">h", 40000), ("<i", 2**31), ("<I", -1), ("b", "x"), (">q", 2**63)]:
    try:
        struct.pack(fmt, value)
    except struct.error as e:
        print(fmt, e)
for call in [lambda: struct.pack("<i"), lambda: struct.unpack("<i", b"\x00"), lambda: struct.pack("z", 1),
             lambda: struct.pack("3s", "abc"), lambda: struct.unpack_from("<i", b"ab", 1)]:
    try:
        call()
    except struct.error as e:
        print(e)
try:
    struct.pack("<f", 1e300)
except OverflowError as e:
    print(e)
