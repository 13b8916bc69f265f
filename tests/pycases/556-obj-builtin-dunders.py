x = [1, 2, 3]
print(x.__len__(), x.__getitem__(0), x.__contains__(2), "abc".__contains__("b"))
print((5).__add__(3), (3).__mul__(2), (7).__floordiv__(2), (2.5).__sub__(1), "ab".__add__("c"))
print({"a": 1}.__getitem__("a"), (1, 2).__len__(), range(5).__len__(), "x".__mul__(3))
for v in ([1], (1,), "s", {1: 2}, {1}, 5, 2.5, True, None):
    print(type(v).__name__, hasattr(v, "__iter__"), hasattr(v, "__len__"), hasattr(v, "__getitem__"), hasattr(v, "__add__"))
print(hasattr([], "__bool__"), hasattr(0, "__bool__"), hasattr([], "__setitem__"), hasattr((), "__setitem__"))
print(callable(getattr([], "__iter__", None)), list(x.__iter__()))
