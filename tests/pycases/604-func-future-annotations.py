from __future__ import annotations
from typing import Optional

class Order:
    lines: list[OrderLine]
    total: Optional[float] = None

    def add(self, line: OrderLine, qty: int = 1) -> Order:
        return self

def price(order: Order, *, tax: float | None = 0.2, **extra: dict[str, int]) -> float:
    return 0.0

class OrderLine:
    pass

print(Order.__annotations__)
print(Order.add.__annotations__)
print(price.__annotations__)
print(all(isinstance(v, str) for v in price.__annotations__.values()))
