from typing import Generic, TypeVar, Protocol

T = TypeVar("T")

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

class Shape(Protocol):
    def area(self) -> float: ...

class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

class Registry:
    def __class_getitem__(cls, key):
        return f"{cls.__name__}[{key.__name__}]"

print(Box(3).get(), Box[int](4).get())
print(Square(3).area())
print(Registry[int], Registry[str])
print(issubclass(Box, Generic))
