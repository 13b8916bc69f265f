from decimal import Decimal, getcontext, localcontext

print(Decimal(1) / Decimal(3))
print(Decimal(2) / Decimal(3))
print(Decimal("1.00") / Decimal(2), Decimal(10) / Decimal(4), Decimal(100) / Decimal("0.5"))
print(Decimal("12.50") / 5, Decimal("1E3") / 10, Decimal(6) / Decimal("2.0"))
print(getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, +Decimal("3.14159265"))
print(Decimal(1) / Decimal(7))
getcontext().prec = 4
print(Decimal("1.23456") * 1, Decimal(22) / Decimal(7), Decimal("1.23456"))
getcontext().prec = 28
print(Decimal(22) / Decimal(7))
