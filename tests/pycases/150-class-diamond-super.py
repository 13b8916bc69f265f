class A:
    def hi(self):
        return "A"
class B(A):
    def hi(self):
        return "B" + super().hi()
class C(A):
    def hi(self):
        return "C" + super().hi()
class D(B, C):
    def hi(self):
        return "D" + super().hi()
print(D().hi(), [k.__name__ for k in D.__mro__])
print(isinstance(D(), C), issubclass(D, A), B.hi(D()))
