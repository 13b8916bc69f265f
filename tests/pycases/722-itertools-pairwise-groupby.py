from itertools import pairwise, groupby

print(list(pairwise("ABCD")))
print(list(pairwise([1])))
print(list(pairwise([])))
temps = [12, 15, 11, 18, 18, 20]
print([b - a for a, b in pairwise(temps)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in groupby(words, key=lambda w: w[0]):
    print(k, list(g))
for k, g in groupby(sorted(words, key=len), key=len):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby("aaabccdddda")])
print([k for k, _ in groupby([1, 1, 2, 2, 1, 3])])
groups = groupby("xxyy")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
data = [("a", 1), ("a", 2), ("b", 3)]
print({k: [v for _, v in g] for k, g in groupby(data, key=lambda t: t[0])})
print(list(groupby([])))
it = pairwise(iter([1, 2, 3]))
print(next(it), next(it))
next(it)
