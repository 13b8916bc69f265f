import decimal
from decimal import Decimal, InvalidOperation, DivisionByZero

for bad in ["abc", "1.2.3", "", "1e", "--1"]:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e)
for a, b in [(1, 0), (0, 0), ("5.5", "0.0")]:
    try:
        Decimal(a) / Decimal(b)
    except ArithmeticError as e:
        print(a, b, type(e).__name__, isinstance(e, decimal.DecimalException), e)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError))
try:
    Decimal("-1").sqrt()
except InvalidOperation as e:
    print("sqrt", e)
print(Decimal("NaN") == Decimal("NaN"), Decimal("Infinity") > 10 ** 100)
