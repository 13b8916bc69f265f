from typing import DefaultDict, Deque, NewType, Dict, List, Tuple, Optional, Counter as CounterT
from collections import defaultdict, deque, Counter
SKU = NewType("SKU", str)
Location = Tuple[str, int]
class Inventory:
    def __init__(self) -> None:
        self.stock: DefaultDict[SKU, int] = defaultdict(int)
        self.history: Deque[str] = deque(maxlen=3)
        self.where: Dict[SKU, Location] = {}
    def receive(self, sku: SKU, qty: int, loc: Optional[Location] = None) -> None:
        self.stock[sku] += qty
        if loc:
            self.where[sku] = loc
        self.history.append(f"+{qty} {sku}")
    def ship(self, sku: SKU, qty: int) -> bool:
        if self.stock[sku] < qty:
            self.history.append(f"FAILED {sku}")
            return False
        self.stock[sku] -= qty
        self.history.append(f"-{qty} {sku}")
        return True
inv = Inventory()
inv.receive(SKU("A-1"), 10, ("aisle", 3))
inv.receive(SKU("B-2"), 4)
print(inv.ship(SKU("A-1"), 3), inv.ship(SKU("B-2"), 9), inv.ship(SKU("C-3"), 1))
print(dict(inv.stock), list(inv.history), inv.where)
tally: CounterT[str] = Counter(h.split()[0] for h in inv.history)
print(tally, SKU("x"), type(SKU("x")).__name__)
