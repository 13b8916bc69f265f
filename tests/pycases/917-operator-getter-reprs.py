import operator
from operator import itemgetter, attrgetter, methodcaller

print(itemgetter(1), itemgetter(0, 2), itemgetter("name"))
print(attrgetter("x"), attrgetter("a.b", "c"))
print(methodcaller("strip"), methodcaller("split", ","), methodcaller("replace", "a", b="z"))
class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
root = Node("root")
leaf = Node("leaf", Node("mid", root))
print(attrgetter("parent.parent.name")(leaf), attrgetter("name", "parent.name")(leaf))
print(itemgetter(slice(1, 3))("abcd"), itemgetter(-1)([1, 2, 3]))
print(methodcaller("split", ",", 1)("a,b,c"), methodcaller("upper")("x"))
try:
    attrgetter("parent.missing")(leaf)
except AttributeError as e:
    print("AttributeError:", e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=itemgetter(0, 1)))
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(5 for _ in "ab"), operator.length_hint([], 9))
