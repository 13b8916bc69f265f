class Base:
    def greet(self):
        return ["Base"]

class Left(Base):
    def greet(self):
        return ["Left"] + super().greet()

class Right(Base):
    def greet(self):
        return ["Right"] + super().greet()

class Child(Left, Right):
    def greet(self):
        return ["Child"] + super().greet()

print(Child().greet())
print([c.__name__ for c in Child.__mro__])
print(super(Left, Child()).greet())

class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError")
print(Child.__bases__[1].__name__, Child.__base__.__name__)
