from decimal import Decimal

prices = [Decimal("9.99"), Decimal("10"), Decimal("0.5"), Decimal("10.00"), Decimal("-2")]
print(sorted(prices))
print(max(prices), min(prices), Decimal("10") == Decimal("10.00"), Decimal("1.0") == 1, Decimal(2) > 1)
print(Decimal("10") is Decimal("10"), Decimal("3") != 3, Decimal("2.5") <= 2.5)
print(len({Decimal("1"), Decimal("1.0"), Decimal("1.00"), Decimal("2")}))
print(bool(Decimal("0.00")), bool(Decimal("0.01")), Decimal("-0") == 0)
print(Decimal("1.0").compare(Decimal("2")), Decimal(3).max(Decimal("3.0")), Decimal("-5").copy_abs())
print(sorted([Decimal("2"), 1, 1.5, Decimal("0.5")]))
