from dataclasses import dataclass, field

@dataclass(eq=False)
class Token:
    value: str

@dataclass(repr=False)
class Secret:
    key: str

    def __repr__(self):
        return "Secret(***)"

@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: int = field(default=1, compare=False)

t = Token("a")
print(t == Token("a"), t == t)
print(Secret("k"), Tag("x") == Tag("x", 5), len({Tag("x"), Tag("x", 5)}))
print(len({Tag("a"), Tag("a", 2), Tag("b")}))

@dataclass
class Plain:
    n: int

try:
    {Plain(1)}
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)

root = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(root)
