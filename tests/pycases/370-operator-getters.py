from operator import itemgetter, attrgetter, methodcaller
import operator

people = [("ann", 31), ("bob", 25), ("cy", 31)]
print(sorted(people, key=itemgetter(1, 0)), itemgetter(0)(people[0]), itemgetter(0, 1)(["x", "y", "z"]))

class P:
    def __init__(self, name, city):
        self.name, self.city = name, city

class City:
    def __init__(self, name):
        self.name = name

ps = [P("b", City("Oslo")), P("a", City("Bern"))]
print([p.name for p in sorted(ps, key=attrgetter("city.name"))], attrgetter("name", "city.name")(ps[0]))
print(methodcaller("split", "-")("a-b-c"), methodcaller("upper")("x"))
print(operator.add(1, 2), operator.mul("ab", 2), operator.neg(5), operator.not_(0), operator.contains([1], 1))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.eq(1, 1.0), operator.getitem({"k": 9}, "k"))
