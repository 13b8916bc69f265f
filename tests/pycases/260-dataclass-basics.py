from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.quantity

a = Item("pen", 1.5, 4)
b = Item("pad", 3.0)
b.tags.append("paper")
print(a, b)
print(a.total(), b.total(), a == Item("pen", 1.5, 4), a == b)
print(Item("x", 1).tags is Item("y", 2).tags)
print(Item.__match_args__, Item.quantity)
try:
    Item("only-name")
except TypeError as e:
    print("TypeError:", e)
try:
    Item("a", 1, 2, [], 5)
except TypeError as e:
    print("TypeError:", e)
print(Item(price=2, name="kw"))
