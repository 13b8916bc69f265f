import math

n = 1000
print(n.bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(1, "big", signed=True))
print(bin(10), oct(64), hex(255), int("ff", 16), int("0x1f", 16), int("0b101", 0), int("1_000"), int("  42 "))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-2.5), round(0.125, 2))
print(divmod(-7, 2), -7 // 2, -7 % 2, divmod(7, -2), math.fmod(-7, 2))
print(pow(3, 4, 5), pow(2, -1, 7), pow(2, 0.5), 2 ** -1, (-8) ** (1 / 3) if False else "skip")
print(math.gcd(12, 18, 24), math.lcm(4, 6), math.isqrt(99), math.comb(5, 2), math.perm(5, 2), math.factorial(10))
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (10).as_integer_ratio(), float.fromhex("0x1.8p1"), (1.5).hex())
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), math.copysign(3, -0.0), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.dist((0, 0), (3, 4)), math.hypot(3, 4))
print(abs(-7), (-7).__abs__(), (5).conjugate(), True + True, int(True), (7).real, (7).imag, (3).numerator)
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.log(8, 2), math.log10(1000), math.exp(0), math.sqrt(2))
print(float("1e3"), float("-inf") < 0, math.isinf(float("inf")), math.isnan(float("nan")), float("nan") == float("nan"))
print(int(3.999), int("-0"), str(10**20), 10**20 // 3, 7 / 2, 7 // 2.0, 2 ** 10 == 1 << 10, 0xff ^ 0x0f, ~5)
