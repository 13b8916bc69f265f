# __dict__ holds only instance attributes: properties and class attributes stay on the class
class Base:
    kind = "base"

    def __init__(self):
        self.a = 1


class Child(Base):
    def __init__(self):
        super().__init__()
        self._b = 2

    @property
    def b(self):
        return self._b

    @b.setter
    def b(self, value):
        self._b = value * 10


c = Child()
print(c.__dict__)
c.b = 3
c.__dict__["kind"] = "mine"
print(c.__dict__, c.kind, Child.kind)
c.__dict__["b"] = "shadow?"
print(c.b)
print(sorted(k for k in Child.__dict__ if not k.startswith("__")))
print("kind" in Base.__dict__, "kind" in Child.__dict__)
