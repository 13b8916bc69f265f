print(1, 1.0, "1", [1], (1,), {1}, {1: 1}, None, True)
print(10 / 3, 2 ** 100, -7 // 2, 1e-3, 3.0e10)
print(type(1), type("a"), type([]), type(None))
print(int, str, len, print is print)
class Foo:
    pass
print(Foo, type(Foo()), Foo.__name__)
