import abc

class Base(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self, x):
        """Run the step."""

    def twice(self, x):
        return self.run(self.run(x))

class Double(Base):
    def run(self, x):
        return x * 2

print(Double().twice(3))
print(type(Base).__name__, isinstance(Base, abc.ABCMeta))
try:
    Base()
except TypeError as e:
    print(e)
print(Base.run.__doc__)
print(issubclass(abc.ABCMeta, type), abc.ABC.__bases__)
print(abc.ABC.__abstractmethods__ == frozenset())
class Mixed(abc.ABC):
    x = 1
print(Mixed().x, Mixed.__mro__[1].__name__)
