# Equal numbers are one key whatever their type: Fractions and Decimals share a native number's slot.
from fractions import Fraction
from decimal import Decimal
s = {Fraction(1, 2), 0.5}
print(len(s), s)
s2 = {1, 1.0, Fraction(1), Decimal(1), True}
print(len(s2), s2)
prices = {0.5: "float"}
prices[Fraction(1, 2)] = "fraction"
prices[Decimal("0.50")] = "decimal"
print(prices)
print(Fraction(1, 2) in {0.5}, Decimal("0.5") in {0.5: 1}, 2 in {2.0}, Fraction(1, 3) in {1 / 3})
print({Decimal("2.50"), Decimal("2.5")}, len({Decimal("2.50"), Decimal("2.5"), 2.5}))
counts = {}
for x in [1, 1.0, Fraction(2, 2), Decimal("1.00"), 0.25, Fraction(1, 4), Decimal("0.3"), 0.3]:
    counts[x] = counts.get(x, 0) + 1
print(counts)
