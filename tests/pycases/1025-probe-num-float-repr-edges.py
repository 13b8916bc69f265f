vals = [0.1, 1/3, 2/3, 1e16, 1e-5, 0.0001, 123456789.123456789, 1.5e300 * 1.5e300, -0.0, 100.0, 1e22, 2**53 + 1.0, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), str(v), f"{v}")
print(float("inf") - float("inf"), float("-inf") < -1e308, 0.1 + 0.7, 3 * 1.1, 1.1 + 2.2)
print(int(1e20), float(2**63), 2**63, -2**63, 9007199254740993, float(9007199254740993))
print(7 / 2, 7 // 2, -7 / 2, 7.0 // 2, 2 ** 10, 2.0 ** 10, 10 / 5, type(10 / 5).__name__)
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(1.005, 2), round(2.5, 0))
print(0.1 + 0.2 == 0.3, abs(-0.0), -0.0 == 0.0, 1 == 1.0, True + True, True / 2)
print(float.is_integer(3.0), (2.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"))
print(int("-0"), int(" 42 "), int(True), float("1_000.5"), int(-0.9), str(10**15), str(1e15), str(1.0e16))
print(max(1, 2.0), min(-0.0, 0.0), sum([1, 2.5]), sum([]), abs(-5), abs(-5.5))
print(3 > 2 > 1, 1 < 3 > 2, (1, 2) < (1, 3), [1, 2] == [1, 2.0], 0 == False, "" == False)
print(10 ** -2, 1e0, 1e1, 12e-1, 0.000001, 0.0000001, 1234567890123456789.0)
print(1_000_000, 0b1010, 0o17, 0xff, 1j * 1j, complex(1, -1), abs(3 + 4j))
