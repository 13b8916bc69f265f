from fractions import Fraction
a = Fraction(3, 4)
b = Fraction("1/3")
print(a, b, repr(a), a + b, a - b, a * b, a / b, a ** 2, -a, abs(-a))
print(Fraction(6, 8), Fraction(0.5), Fraction("2.25"), Fraction(-7, 3).numerator, Fraction(5).denominator)
print(a + 1, 1 - a, a * 2.0, a == 0.75, a < b, max(a, b), sum([a, b, Fraction(1, 6)]))
print(Fraction(1, 3).limit_denominator(10), Fraction(3.141592653589793).limit_denominator(1000))
print(float(Fraction(1, 8)), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
print(Fraction(7, 2) // 1, Fraction(7, 2) % 1, divmod(Fraction(7, 2), Fraction(1, 3)))
print(Fraction(1, 2) == 0.5, len({Fraction(1, 2), Fraction(2, 4)}), {Fraction(2, 4): "half"}[Fraction(1, 2)])
print(Fraction(1, 3).as_integer_ratio(), f"{float(Fraction(2, 3)):.4f}", str(Fraction(10, 5)))
for bad in [("1/0",), (1, 0), ("x",)]:
    try:
        Fraction(*bad)
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
