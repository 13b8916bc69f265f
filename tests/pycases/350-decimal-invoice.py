from decimal import Decimal, ROUND_HALF_UP
from dataclasses import dataclass

@dataclass
class Line:
    name: str
    unit_price: Decimal
    qty: int

    @property
    def total(self):
        return (self.unit_price * self.qty).quantize(Decimal("0.01"), ROUND_HALF_UP)

lines = [Line("pen", Decimal("1.15"), 3), Line("book", Decimal("12.49"), 2), Line("bag", Decimal("24.995"), 1)]
for line in lines:
    print(f"{line.name:<6}{line.qty:>3} x {line.unit_price:>7} = {line.total:>8}")
subtotal = sum(line.total for line in lines)
vat = (subtotal * Decimal("0.2")).quantize(Decimal("0.01"), ROUND_HALF_UP)
print(f"subtotal {subtotal}, vat {vat}, total {subtotal + vat}")
print(lines[0])
share = (subtotal / 3).quantize(Decimal("0.01"))
print(share, share * 3, subtotal - share * 3)
