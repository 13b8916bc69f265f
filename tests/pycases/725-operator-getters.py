from operator import itemgetter, attrgetter, methodcaller

rows = [("bob", 25, "NY"), ("amy", 31, "LA"), ("cal", 25, "SF")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(-1, 0)("hello"))
print(itemgetter(slice(1, 3))([0, 1, 2, 3]))
print(itemgetter("a", "b")({"a": 1, "b": 2}))
class P:
    def __init__(self, name, city):
        self.name = name
        self.city = city
class C:
    def __init__(self, zip_):
        self.zip = zip_
people = [P("zed", C("9")), P("ann", C("1"))]
print([p.name for p in sorted(people, key=attrgetter("name"))])
print(attrgetter("city.zip")(people[0]))
print(attrgetter("name", "city.zip")(people[1]))
print(methodcaller("upper")("abc"))
print(methodcaller("split", ",", 1)("a,b,c"))
print(methodcaller("replace", "a", b="x") if False else methodcaller("center", 7, "*")("hi"))
print(list(map(methodcaller("strip", "-"), ["-a-", "--b"])))
print(repr(itemgetter(1)), repr(attrgetter("x.y")))
print(repr(methodcaller("split", ",", maxsplit=1)))
try:
    itemgetter(5)([1, 2])
except IndexError:
    print("IndexError")
try:
    attrgetter("missing")(people[0])
except AttributeError:
    print("AttributeError")
itemgetter("k")({})
