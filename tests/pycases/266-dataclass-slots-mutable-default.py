from dataclasses import dataclass, field

@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"

p = Pixel(1, 2)
print(p, Pixel.__slots__)
try:
    p.alpha = 0.5
except AttributeError:
    print("no new attributes")
try:
    @dataclass
    class Broken:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
@dataclass
class Ok:
    items: list = field(default_factory=list)
    mapping: dict = field(default_factory=dict)
print(Ok(), Ok([1], {"a": 2}))
