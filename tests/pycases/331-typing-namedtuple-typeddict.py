from typing import NamedTuple, TypedDict, overload, Union

class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)

class Movie(TypedDict):
    title: str
    year: int

p = Point(3, -4)
print(p, p.norm(), Point(1), p._fields, p._asdict(), isinstance(p, tuple))
a, b = p
print(a + b, p == (3, -4), Point._field_defaults)
m = Movie(title="Heat", year=1995)
print(m, m["year"], sorted(m), isinstance(m, dict))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]) -> Union[int, str]:
    return x * 2

print(double(4), double("ab"))
