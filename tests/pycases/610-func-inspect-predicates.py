import inspect
from typing import List, Optional, Dict

class Shape:
    """A shape.

        Indented detail.
    """
    sides = 0

    def area(self) -> float:
        return 0.0

    @classmethod
    def unit(cls, size: int = 1) -> "Shape":
        return cls()

    @staticmethod
    def kinds(*names: str, sep: str = ",") -> List[str]:
        return list(names)

def gen(n: int):
    yield n

print(inspect.isclass(Shape), inspect.isfunction(Shape.area), inspect.ismethod(Shape().area), inspect.ismethod(Shape.unit))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(Shape.area), inspect.isgenerator(gen(1)))
print(inspect.isbuiltin(len), inspect.isroutine(print), inspect.isroutine(Shape.area), inspect.isfunction(len))
print(repr(inspect.getdoc(Shape)))
print(inspect.cleandoc("  first\n      second\n    third\n"))
print(inspect.signature(Shape.unit), inspect.signature(Shape.kinds), inspect.signature(Shape().area))
def handler(event: Dict[str, Optional[int]], *, retries: "int" = 3) -> None: pass
sig = inspect.signature(handler)
print(sig, sig.parameters["event"].annotation, sig.return_annotation)
print([(p.name, p.kind.name) for p in sig.parameters.values()], inspect.Parameter.empty.__name__)
print([n for n, v in inspect.getmembers(Shape) if not n.startswith("_")])
print(inspect.getmro(Shape) == Shape.__mro__, gen.__code__.co_flags & 32 != 0)
