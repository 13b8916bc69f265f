from enum import Enum, StrEnum, auto

class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()

class Method(StrEnum):
    GET = auto()
    POST = auto()

class Level(Enum):
    START = 10
    NEXT = auto()

print([s.value for s in Shape], list(Shape))
print(Method.GET, repr(Method.POST), Method.GET == "get", Method("post"))
print(Level.NEXT.value, f"{Method.POST}".upper())
print(" ".join(m for m in Method))

class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{count}:{name}"
    FIRST = auto()
    SECOND = auto()

print([o.value for o in Ordinal])
