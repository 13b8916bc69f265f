import random, pprint, sys, warnings, abc, operator, uuid
from typing import TypedDict, Protocol, Self, TYPE_CHECKING, get_type_hints, runtime_checkable, Generic, TypeVar
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(50), 4), random.uniform(1, 2))
r = random.Random(7); l = list(range(8)); r.shuffle(l); print(l, r.randrange(0, 100, 5), r.gauss(0, 1), r.choices("ab", k=5, weights=[1, 3]))
pprint.pprint({"k%d" % i: list(range(i)) for i in range(8)}, width=40)
print(pprint.pformat([{"a": 1, "b": [1, 2, {"c": "x" * 30}]}] * 2, width=50, indent=2))
print(sys.maxsize, sys.version_info[:2] >= (3, 8), type(sys.argv).__name__, sys.getrecursionlimit() > 100)
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}; print(m, Movie.__annotations__, TYPE_CHECKING, Movie.__total__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def me(self) -> Self: return self
print(Box[int](3).v, Box.__mro__[-2:], T)
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("v")(Box(5)), operator.methodcaller("upper")("q"), operator.add(1, 2))
print(uuid.UUID("12345678-1234-5678-1234-567812345678"), uuid.UUID(int=5).hex, uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful", DeprecationWarning)
    print(len(w), w[0].category.__name__, str(w[0].message))
