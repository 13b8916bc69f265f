from __future__ import annotations
from typing import List, Optional

class Node:
    value: int
    children: List["Node"]
    parent: Optional[Node] = None
    label: str | None = "root"
    tags: dict[str, list[int]]

print(Node.__annotations__)
print(Node.parent, Node.label)
print({k: type(v).__name__ for k, v in Node.__annotations__.items()})

class Tree:
    root: Node

print(Tree.__annotations__["root"] == "Node")
