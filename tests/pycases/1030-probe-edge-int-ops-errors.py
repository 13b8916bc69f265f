print(7 // -2, -7 // -2, 7 % -2, -7 % 2, divmod(-7, -2), 2 ** 62, -(2 ** 63))
print(int("  +17 "), int("-0b101", 0), int("0o17", 0), int("z", 36), str(-0), +True, ~5, -~5)
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 10, -16 >> 2, 255 >> 4, (-1) & 0xff)
print(abs(-(2 ** 62)), max(True, 0), min([], default="empty"), sum(range(101)), pow(10, 2), 10 ** 0)
print(isinstance(True, int), type(True + 1).__name__, bool("False"), bool(0.0), bool([0]), not None)
print(1 if [] else 2, [] or {} or "last", 0 and 1, 5 and 0, None or 0, "a" and "b")
for bad in ["4.5", "", "1e3", "٣", "0x10"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print(e)
for expr in [lambda: 1 << -1, lambda: int(float("inf")), lambda: int(float("nan")), lambda: 0 ** -1, lambda: pow(2, 3, 0)]:
    try:
        print(expr())
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(123.456, 1), round(-123.456), round(15, -1), round(25, -1), int(round(2.5)))
print(format(-0.0, ".1f"), format(1e-10, ".3"), str(0.1 + 0.2)[:6], 1e-3 == 0.001)
print(hex(255), oct(-8), bin(0), f"{-255:#x}", f"{1 << 40:,}")
