from abc import ABC, abstractmethod, update_abstractmethods

class Base(ABC):
    @abstractmethod
    def f(self):
        ...

class Impl(Base):
    pass

print(sorted(Impl.__abstractmethods__))
Impl.f = lambda self: 42
update_abstractmethods(Impl)
print(Impl.__abstractmethods__ == frozenset(), Impl().f())

class Animal(ABC):
    @abstractmethod
    def speak(self):
        raise NotImplementedError

class Dog(Animal):
    def speak(self):
        return "woof"

animals = [Dog(), Dog()]
print([a.speak() for a in animals])
print(all(isinstance(a, Animal) for a in animals))
print(Animal.__name__, Animal.__module__, Dog.__bases__[0].__name__)
Animal()
