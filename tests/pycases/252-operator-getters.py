from operator import itemgetter, attrgetter, methodcaller
import operator

rows = [("ann", 31, "paris"), ("bob", 25, "rome"), ("cy", 31, "oslo")]
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(2), rows)), itemgetter(0)("xyz"), itemgetter(slice(1, 3))("abcd"))

class P:
    def __init__(self, name, city):
        self.name = name
        self.address = type("A", (), {"city": city})()

people = [P("z", "b"), P("a", "c")]
print([p.name for p in sorted(people, key=attrgetter("name"))], attrgetter("address.city", "name")(people[0]))
print(methodcaller("replace", "a", "o")("banana"), list(map(methodcaller("upper"), ["x", "y"])))
print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(4), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.contains([1, 2], 2), operator.not_(0))
print(operator.getitem({"k": 9}, "k"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(itemgetter(1), attrgetter("a", "b"), methodcaller("f", 1, x=2))
