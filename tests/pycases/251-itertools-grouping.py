from itertools import groupby, chain, zip_longest, pairwise, starmap, compress, filterfalse, tee

records = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig")]
for key, group in groupby(records, key=lambda r: r[0]):
    print(key, [name for _, name in group])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable(["xy", "z"])))
print(list(zip_longest([1, 2, 3], "ab", fillvalue="?")))
print(list(pairwise([1, 4, 9, 16])), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(str.isdigit, "a1b2")))
a, b = tee([1, 2, 3])
print(list(a), list(b))
