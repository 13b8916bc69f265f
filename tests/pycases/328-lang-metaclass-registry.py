class Registry(type):
    classes = {}

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        mcls.classes[name] = cls
        return cls

    def __iter__(cls):
        return iter(sorted(Registry.classes))

    def __len__(cls):
        return len(Registry.classes)

class Base(metaclass=Registry):
    pass

class Widget(Base):
    size = 3

print(list(Base), len(Widget), type(Widget).__name__, Widget.size)
print(isinstance(Widget, Registry), isinstance(Widget(), Base))
Dynamic = type("Dynamic", (Widget,), {"size": 9, "double": lambda self: self.size * 2})
print(Dynamic().double(), Dynamic.__name__, Dynamic.__mro__[1].__name__)
