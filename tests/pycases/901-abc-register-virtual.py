from abc import ABC, ABCMeta

class Drawable(ABC):
    pass

class Circle:
    def draw(self):
        return "circle"

class Box:
    pass

Drawable.register(Circle)
print(isinstance(Circle(), Drawable))
print(issubclass(Circle, Drawable))
print(isinstance(Box(), Drawable), issubclass(Box, Drawable))
print(Drawable.register(Box) is Box)
print(isinstance(Box(), Drawable))
print(Drawable in Circle.__mro__)

@Drawable.register
class Line:
    pass

print(Line.__name__, issubclass(Line, Drawable))
class Sub(Circle):
    pass
print(issubclass(Sub, Drawable), isinstance(Sub(), Drawable))
print(type(Drawable) is ABCMeta, type(Drawable).__name__)
print(issubclass(int, Drawable))
Drawable.register(int)
print(isinstance(3, Drawable), isinstance(True, Drawable))
