from decimal import Decimal, Context, getcontext, setcontext, localcontext, ROUND_HALF_UP, Inexact
import decimal

print(getcontext())
ctx = Context(prec=5, rounding=ROUND_HALF_UP)
print(ctx.prec, ctx.rounding, ctx.create_decimal("3.1415926"), ctx.divide(Decimal(1), Decimal(3)))
with localcontext(prec=3) as c:
    print(Decimal("1.2345") + 0, c.prec)
print(Decimal("1.2345") + 0)
with localcontext() as c:
    c.traps[Inexact] = True
    try:
        Decimal(1) / Decimal(3)
    except Inexact as e:
        print("Inexact", e)
print(Decimal("2").sqrt(), Decimal("1.30").normalize(), Decimal("100").normalize(), Decimal("-0.00").normalize())
print(Decimal("123.45").as_tuple(), Decimal("123.45").adjusted(), Decimal("-0").is_signed(), Decimal(0).is_zero())
print(Decimal("1.5").is_nan(), Decimal("NaN").is_nan(), Decimal("inf").is_infinite(), Decimal("7.0").is_finite())
print(Decimal("-3.7").copy_negate(), Decimal("3.7").copy_sign(Decimal(-1)), Decimal("12.34").as_integer_ratio())
print(decimal.DefaultContext.prec, decimal.BasicContext.prec, decimal.ExtendedContext.rounding)
