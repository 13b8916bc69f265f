from __future__ import annotations
from typing import Optional, List, get_type_hints


class TagSet(set):
    pass


class Frozen(frozenset):
    pass


class Items(list):
    pass


print(TagSet(), TagSet({1}), repr(TagSet("a")), str(Frozen()), Frozen([2]), Items([1]), [TagSet({3})])
print(f"{TagSet()}", TagSet({1}) == {1}, type(TagSet({1}) | {2}).__name__)


class Node:
    name: str
    parent: Optional[Node]
    children: List[Node]


print(get_type_hints(Node))
print(Node.__annotations__["parent"])
