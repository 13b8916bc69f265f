from itertools import accumulate, chain, islice, starmap, compress, zip_longest
import operator

print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], initial=100)))
print(list(accumulate([], initial=0)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3, 4], operator.mul, initial=1)))
print(list(accumulate(["a", "b", "c"])))
print(list(accumulate([5, 3, 8], lambda acc, x: acc - x)))
print(list(chain.from_iterable(["ab", [1, 2], ()])))
print(list(islice(range(100), 5, 20, 4)))
print(list(islice("abcdef", None)))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(accumulate(range(1, 6), operator.add, initial=None)))
try:
    list(islice(range(5), -1))
except ValueError as e:
    print("ValueError")
list(accumulate([1, "a"]))
