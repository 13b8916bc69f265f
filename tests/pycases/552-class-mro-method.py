class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
class D(B, C):
    def who(self):
        return "D" + super().who()
print(D().who(), [k.__name__ for k in D.mro()], D.mro() == list(D.__mro__))
print([k.__name__ for k in B.mro()], type(D.mro()).__name__)
print(int.mro(), bool.mro())
class WithOwn:
    @classmethod
    def mro(cls):
        return "custom"
print(WithOwn.mro())
