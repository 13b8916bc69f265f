from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

print(sorted(Shape.__abstractmethods__))
print(sorted(Square.__abstractmethods__))
print(type(Shape.__abstractmethods__).__name__)

class Full(Square):
    def perimeter(self):
        return 4 * self.s

print(Full.__abstractmethods__ == frozenset())
print(Full(3).describe(), Full(3).perimeter())
try:
    Square(2)
except TypeError as e:
    print(e)
try:
    Shape()
except TypeError as e:
    print(e)
print(getattr(Shape.area, "__isabstractmethod__", False))
