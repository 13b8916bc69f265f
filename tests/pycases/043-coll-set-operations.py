a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, {9})), sorted(a.intersection(b)), a.isdisjoint({7}))
print({1, 2} <= a, {1, 2} < a, a >= {1}, {3} == {3})
a.add(10)
a.discard(99)
a.remove(1)
print(sorted(a), len(a), 10 in a)
print(set(), {5}, set("aab") == {"a", "b"}, len(set([1, 1, 2])))
