class Base:
    def __init__(self):
        print("Base.__init__")
    def hello(self):
        return "Base"
class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
    def hello(self):
        return "Left>" + super().hello()
class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
    def hello(self):
        return "Right>" + super().hello()
class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
c = Child()
print(c.hello())
print([k.__name__ for k in Child.__mro__])
print(Child.mro() == list(Child.__mro__), isinstance(c, Right), issubclass(Child, Base))
print(super(Left, c).hello())
try:
    class Bad(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Child.__bases__, Child.__name__, Child.__qualname__)
