from decimal import Decimal

total = Decimal("10.00")
for amount in ["2.50", "3.75", "oops"]:
    total += Decimal(amount)
    print(total)
