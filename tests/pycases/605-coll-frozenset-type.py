tags = frozenset(["sql", "orm", "python", "sql"])
print(type(tags).__name__, len(tags), sorted(tags), frozenset(), repr(frozenset([1])))
print(isinstance(tags, frozenset), isinstance(tags, set), isinstance({1}, frozenset))
index = {frozenset({"a", "b"}): 1, frozenset({"b", "a"}): 2, frozenset(): 0}
print(len(index), index[frozenset("ab")], frozenset("ab") in {frozenset("ba")})
u = tags | {"rust"}
print(type(u).__name__, type({"rust"} | tags).__name__, sorted(u))
print(type(tags & {"sql"}).__name__, type(tags - {"sql"}).__name__, type(tags ^ {"x"}).__name__)
print(type(tags.union(["x"])).__name__, type(tags.copy()).__name__, tags.copy() is tags)
print(tags == set(tags), frozenset([1, 2]) <= {1, 2, 3}, tags.isdisjoint({"c"}), tags.issubset(tags))
print(frozenset(tags) is tags, frozenset([1, 2]) == frozenset([2, 1]))
alias = tags
tags |= {"new"}
print(alias is tags, len(alias), len(tags))
s = {1, 2}
t = s
s |= {3}
s -= {1}
print(t is s, sorted(t))
for name in ("add", "discard", "update"):
    print(name, hasattr(tags, name), hasattr(set(), name))
pairs = {frozenset(p) for p in [(1, 2), (2, 1), (3, 4)]}
print(len(pairs), sorted(sorted(p) for p in pairs))
tags.add("x")
