from operator import attrgetter, itemgetter, methodcaller
from collections import namedtuple

Row = namedtuple("Row", "name dept salary")
rows = [Row("ann", "eng", 120), Row("bob", "ops", 90), Row("cy", "eng", 100), Row("di", "ops", 95)]
print([r.name for r in sorted(rows, key=attrgetter("dept", "salary"))])
print([r.name for r in sorted(rows, key=attrgetter("salary"), reverse=True)])
print(max(rows, key=attrgetter("salary")).name, min(rows, key=itemgetter(2)).name)
get = itemgetter("id", "title")
posts = [{"id": 2, "title": "b"}, {"id": 1, "title": "a"}]
print([get(p) for p in sorted(posts, key=itemgetter("id"))])
print(list(map(itemgetter(0), [(1, 2), (3, 4)])), list(map(methodcaller("title"), ["ab cd", "x"])))
name_of = attrgetter("name")
print(list(map(name_of, rows[:2])), callable(name_of))
print(itemgetter(*range(2))("xyz"), itemgetter(0)("xyz"))
