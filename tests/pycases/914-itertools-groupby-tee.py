from itertools import groupby, tee, zip_longest, cycle, islice

rows = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig")]
for key, group in groupby(rows, key=lambda r: r[0]):
    print(key, [name for _, name in group])
print([(k, len(list(g))) for k, g in groupby("aaabccdd")])
groups = groupby(sorted("mississippi"))
saved = [(k, g) for k, g in groups]
print([(k, list(g)) for k, g in saved])
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("ab", 3)
print(list(x), list(y), list(z))
print(list(zip_longest("abc", [1], fillvalue="-")))
print(list(zip_longest([1, 2], "xyz", [True])))
print(list(islice(cycle("ab"), 5)), list(cycle([])))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {k: list(g) for k, g in groupby(words, key=lambda w: w[0])}
print(by_letter)
try:
    tee([1], -1)
except ValueError as e:
    print(e)
