for n in (0, 1, 255, 256, 65535, 2**31, 2**63 - 1):
    print(n, n.to_bytes(8, "big"), n.to_bytes(8, byteorder="little")[:3])
print((1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((5).to_bytes(), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "big", signed=True), int.from_bytes(b"", "big"))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
            lambda: (1).to_bytes(-1, "big"), lambda: (128).to_bytes(1, "big", signed=True)]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for f in (1.5, -0.0, 0.0, 0.1, 1e300, 5e-324, 2.0 ** -1022, 123.456, float("inf"), -float("inf")):
    print(f, f.hex())
for s in ("0x1.8p+0", "0x1p-1074", "-0X1.FFFFFFFFFFFFFp1023", "  0x10  ", "0x.8", "inf", "1p4", "0x1.00000000000008p0"):
    print(repr(s), float.fromhex(s))
print(float.fromhex((0.1).hex()) == 0.1)
for bad in ("0x1p1024", "0xg", ""):
    try:
        float.fromhex(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
