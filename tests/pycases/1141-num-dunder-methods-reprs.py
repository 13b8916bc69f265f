print((5).__add__(3), (5).__neg__(), (-7).__abs__(), (2.5).__abs__(), (3).__pos__(), (7).__invert__())
print((7).__float__(), (7.9).__int__(), (7).__index__(), (5).__rsub__(8), (2).__rpow__(3), (1).__lshift__(4))
print((2.567).__round__(2), (7).__divmod__(2), (3).__rmul__(4), True.__neg__(), (6).__rtruediv__(3))
print(type(...), type(str.upper).__name__, type("a".upper).__name__, type(len).__name__, type(dict.fromkeys).__name__)
def f(a, b=2):
    return a
f.tag = "t"
print(sorted(n for n in dir(f) if n.startswith("__c") or not n.startswith("_")), "__get__" in dir(f))
try:
    "x".__neg__()
except AttributeError as e:
    print(e)
