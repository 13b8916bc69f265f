from typing import List, Dict, Optional, Tuple
def total(xs: List[int]) -> int:
    return sum(xs)
def find(d: Dict[str, int], k: str) -> Optional[int]:
    return d.get(k)
Pair = Tuple[int, int]
def swap(p: Pair) -> Pair:
    return p[1], p[0]
count: int = 0
names: List[str] = []
print(total([1, 2]), find({"a": 1}, "b"), find({"a": 1}, "a"), swap((1, 2)), count, names)
