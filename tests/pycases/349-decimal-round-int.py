from decimal import Decimal
import math

for text in ["2.5", "3.5", "-2.5", "2.675", "0.125", "1234.5678"]:
    d = Decimal(text)
    print(text, round(d), round(d, 2), round(d, -1), int(d), math.floor(d), math.ceil(d), math.trunc(d))
print(type(round(Decimal("1.5"))).__name__, type(round(Decimal("1.5"), 1)).__name__)
print(float(Decimal("0.1")), complex(Decimal("1.5")) if False else 0, str(Decimal("1e2").to_integral()))
print(Decimal(7).__index__() if hasattr(Decimal, "__index__") else "no __index__")
