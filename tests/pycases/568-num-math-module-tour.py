import math
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.pi, math.e, math.inf, -math.inf)
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(10), math.comb(5, 2), math.perm(5, 2), math.isqrt(17))
print(math.isclose(0.1 + 0.2, 0.3), math.fabs(-3), math.trunc(-3.7), math.log(math.e), math.log10(1000), math.log2(8), math.log(8, 2))
print(math.hypot(3, 4), math.pow(2, 10), math.exp(0), math.sin(0), math.cos(0), round(math.atan2(1, 1), 4), math.degrees(math.pi))
print(math.isnan(float("nan")), math.isinf(1e400), math.copysign(3, -0.0), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.floor(3), type(math.floor(3.5)), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.dist((0, 0), (3, 4)))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
print(float("nan") == float("nan"), float("inf") > 1e308, -float("inf") < 0, float("inf") - float("inf"), 0.0 == -0.0)
print(1e308 * 10, -1e308 * 10, 2.0 ** 0.5, 10 ** -2, 1 / 3 * 3 == 1, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(2.675, 2), round(1.25, 1), round(1.35, 1))
print(int(2.5), int(-2.5), math.floor(-0.5), math.ceil(-0.5), -7 // 2, int(-7 / 2))
print(f"{math.pi:.10f}", f"{math.e:.3e}", f"{1e-10:.2e}", f"{123456789:.3e}", f"{0.000123:g}", f"{1234567.0:g}")
print(str(0.1 + 0.2)[:5], repr(1.1 * 3), 3.0 * 1.1, 1.23456789e-8, 9.999999999999999e22, 1e23, 5e-324 / 2)
