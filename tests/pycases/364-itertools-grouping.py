from itertools import groupby, chain, islice, count, cycle, accumulate, zip_longest, takewhile, dropwhile, starmap
import operator

rows = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig")]
for key, group in groupby(rows, key=lambda r: r[0]):
    print(key, [name for _, name in group])
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)), list(islice(range(10), 2, 8, 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])))
