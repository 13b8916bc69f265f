class Base:
    registry = []
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        cls.registry.append(type(obj).__name__)
        return obj
    @staticmethod
    def helper(x):
        return x * 2
class Child(Base):
    def __init__(self, v=0):
        self.v = v
c = Child.create(5)
print(c.v, Base.registry, Child.helper(4), c.helper(1))
