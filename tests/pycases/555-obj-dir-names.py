class Base:
    kind = "base"
    def hello(self):
        return "hi"
class Child(Base):
    def __init__(self):
        self.x = 1
        self._hidden = 2
    def method(self):
        pass
c = Child()
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("_")])
print("__init__" in dir(c), "__dict__" in dir(c), "x" in dir(Child))
class Plain:
    pass
print(dir(Plain()))
class Slotted:
    __slots__ = ("a",)
print("__dict__" in dir(Slotted), "__slots__" in dir(Slotted))
