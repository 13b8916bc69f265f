from itertools import accumulate, pairwise, starmap, product, chain
import operator

print(list(accumulate([1, 2, 3, 4], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(accumulate(["a", "b", "c"])))
print(list(pairwise("abcd")), list(pairwise([1])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda a, b: f"{a}={b}", {"x": 1, "y": 2}.items())))
print(list(product("ab", repeat=2)))
print(len(list(product(range(3), repeat=3))), list(product()), list(product("ab", [])))
print(list(chain.from_iterable(["ab", "cd"])), list(chain()))
running = accumulate(range(1, 6))
print(next(running), next(running), list(running))
