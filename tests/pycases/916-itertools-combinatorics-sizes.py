import itertools as it

items = ["a", "b", "c", "d"]
print(len(list(it.permutations(items))), len(list(it.permutations(items, 2))))
print(list(it.combinations(items, 2)))
print(list(it.combinations_with_replacement("ab", 3)))
print(list(it.permutations(range(3), 0)), list(it.combinations([], 0)))
pairs = [(x, y) for x, y in it.product([1, 2], ["u", "v"]) if x != 2 or y != "v"]
print(pairs)
totals = {s: c for s, c in ((sum(p), 1) for p in it.combinations(range(5), 2))}
print(sorted(totals))
print(next(it.combinations("xyz", 2)), next(it.permutations("xyz")))
print(sum(1 for _ in it.product(range(4), repeat=2)))
print([''.join(p) for p in it.permutations("abc", 2)])
