it = iter([1, 2, 3])
print(next(it), next(it))
print(list(it), next(it, "done"))
letters = iter("ab")
print(next(letters), next(letters), next(letters, None))
d = {"k1": 1, "k2": 2}
keys = iter(d)
print(next(keys), list(keys))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
