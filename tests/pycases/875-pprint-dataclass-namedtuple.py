import pprint
from dataclasses import dataclass, field
from collections import namedtuple

Point = namedtuple("Point", "x y")


@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    price: float = 0.0


@dataclass
class Order:
    id: int
    items: list
    where: Point


o = Order(1, [Item("widget", ["a", "b"], 9.99), Item("gadget-with-long-name", list(range(12)))], Point(3, 4))
pprint.pprint(o)
pprint.pprint(o, width=120)
pprint.pprint(Point(1, 2))
pprint.pprint([Point("a" * 30, "b" * 30), Point(1, 2)])
pprint.pprint(Item("x"), width=10)
