from typing import TypedDict, Generic, TypeVar, NotRequired, Required, Protocol
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
class Movie(TypedDict, total=False):
    title: str
    year: int
class Point(TypedDict):
    x: int
    y: NotRequired[int]
class Point3(Point, total=False):
    z: Required[int]
    label: str
print(Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie.__total__)
print(sorted(Point.__required_keys__), sorted(Point.__optional_keys__), Point.__total__)
print(sorted(Point3.__required_keys__), sorted(Point3.__optional_keys__), list(Point3.__annotations__))
p: Point3 = {"x": 1, "z": 3}
print(p, type(p).__name__)
class Box(Generic[T]):
    pass
class Pair(Generic[K, V]):
    pass
class IntBox(Box[int]):
    pass
class Mapping2(Pair[str, V]):
    pass
class Sized2(Protocol[T]):
    pass
print(Box.__parameters__, Pair.__parameters__, IntBox.__parameters__, Mapping2.__parameters__, Sized2.__parameters__)
print(Box.__orig_bases__, Mapping2.__orig_bases__)
