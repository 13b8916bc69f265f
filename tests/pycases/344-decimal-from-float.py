from decimal import Decimal

print(Decimal(0.1))
print(Decimal(0.5), Decimal(2.0), Decimal(-1.25), Decimal(1e-3))
print(Decimal.from_float(0.3))
print(Decimal(str(0.1)), Decimal(repr(1.1)), Decimal(float("inf")), Decimal(-0.0))
print(Decimal(1.1).quantize(Decimal("0.01")), Decimal("0.1") == 0.1, Decimal("0.5") == 0.5)
print(Decimal("2.5") < 2.6, Decimal(1) > 0.5, float(Decimal("3.14")), int(Decimal("-3.99")))
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print("TypeError")
print((0.1).as_integer_ratio(), (2.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (7).as_integer_ratio())
