data = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 35, "NY"), ("dave", 25, "SF")]
by_age = sorted(data, key=lambda r: r[1])
print(by_age)
print(sorted(data, key=lambda r: (r[2], -r[1])))
from operator import itemgetter, attrgetter
print(sorted(data, key=itemgetter(1, 0)), list(map(itemgetter(0), data)))
groups = {}
for name, age, city in data:
    groups.setdefault(city, []).append(name)
print(groups)
from itertools import groupby, chain, combinations, permutations, product, accumulate, islice, count, cycle, zip_longest
for k, g in groupby(sorted(data, key=itemgetter(2)), key=itemgetter(2)):
    print(k, [x[0] for x in g])
print(list(chain([1], (2, 3), "ab")), list(combinations("abc", 2)), len(list(permutations(range(4), 2))))
print(list(product("ab", repeat=2)), list(accumulate([1, 2, 3, 4])), list(islice(count(10, 5), 3)))
print(list(islice(cycle("xy"), 5)), list(zip_longest("ab", [1], fillvalue="-")), list(chain.from_iterable([[1], [2]])))
print(list(accumulate([3, 1, 4], max)), list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
