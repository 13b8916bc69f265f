from typing import List, Optional, Dict

class Node:
    children: List[int]

    def add(self, child: "Node", *, first: bool = False) -> None:
        pass

def parse(text: str, *parts: int, strict: Optional[bool] = None, **opts: Dict[str, int]) -> List[int]:
    return []

def plain(a, b=1):
    return a

print(parse.__annotations__)
print(Node.add.__annotations__)
print(plain.__annotations__, (lambda x: x).__annotations__)
print(Node.__annotations__)
plain.__annotations__["a"] = int
print(plain.__annotations__, "__annotations__" in plain.__dict__)
def outer():
    T = tuple
    def inner(x: T, y: "T" = ()) -> T:
        return x
    return inner
print(outer().__annotations__)
print({k: v for k, v in parse.__annotations__.items() if isinstance(v, type)})
