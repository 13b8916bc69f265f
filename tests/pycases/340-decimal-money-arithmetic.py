from decimal import Decimal

price = Decimal("19.99")
qty = 3
subtotal = price * qty
tax = subtotal * Decimal("0.0825")
print(subtotal, tax, repr(tax))
print(subtotal + tax, subtotal - Decimal("0.99"), -subtotal, abs(Decimal("-4.50")))
print(Decimal("1.10") + Decimal("2.205"), Decimal("10") - Decimal("0.001"))
print(sum([Decimal("0.10")] * 3), sum([Decimal("0.1")] * 3) == Decimal("0.3"), 0.1 * 3 == 0.3)
print(Decimal("7") // Decimal("2"), Decimal("-7") // Decimal("2"), Decimal("-7") % Decimal("2"), -7 % 2)
print(divmod(Decimal("17.5"), 4), Decimal(2) ** 10, Decimal("1.1") ** 2, Decimal("2") ** -2)
print(1 + Decimal("0.5"), 3 * Decimal("1.25"), 10 - Decimal("0.1"), 1 / Decimal(8))
