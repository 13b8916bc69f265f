from typing import List, Dict, Optional, Union, TypedDict, NamedTuple, Any, Callable, get_type_hints, TypeVar, Generic
class Movie(TypedDict):
    title: str
    year: int
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def __repr__(self):
        return f"Box({self.item!r})"
def greet(name: str, times: int = 1) -> List[str]:
    return [f"hi {name}"] * times
m: Movie = {"title": "Heat", "year": 1995}
print(m, type(m).__name__)
e = Emp("ann")
print(e, e._fields, Emp._field_defaults, e.dept)
print(Box[int](3), Box("s"))
print(greet.__annotations__)
print(get_type_hints(greet))
print(Optional[int], Union[int, str], List[int], Dict[str, Any])
print(Optional[int] == Union[int, None], int | None, list[int])
f: Callable[[int], str] = str
print(f(5), Movie.__annotations__, isinstance(e, tuple))
x: int = "not checked"
print(x, T, T.__name__)
