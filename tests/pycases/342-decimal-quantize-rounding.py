from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING
import decimal

cents = Decimal("0.01")
for text in ["2.675", "2.665", "-2.675", "1.005", "0.125"]:
    d = Decimal(text)
    print(text, d.quantize(cents), d.quantize(cents, rounding=ROUND_HALF_UP), d.quantize(cents, ROUND_DOWN))
for mode in [ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_EVEN, decimal.ROUND_HALF_DOWN, decimal.ROUND_05UP]:
    print(mode, Decimal("-1.25").quantize(Decimal("0.1"), rounding=mode), Decimal("7.45").quantize(Decimal("1."), rounding=mode))
print(Decimal("3").quantize(Decimal("0.00")), Decimal("1234.5").quantize(Decimal("1E+2")))
print(Decimal("12.3456").to_integral_value(), Decimal("-2.5").to_integral_value(), Decimal("2.5").to_integral_value(ROUND_HALF_UP))
try:
    Decimal("1E+30").quantize(Decimal("0.01"))
except decimal.InvalidOperation as e:
    print(type(e).__name__, e)
