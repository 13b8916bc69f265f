from functools import reduce, partial
import operator
nums = [3, 8, 1, 9, 4, 7]
print(list(map(lambda x: x * 2, nums)), list(filter(lambda x: x % 2, nums)))
print(reduce(operator.add, nums), reduce(lambda a, b: a if a > b else b, nums), reduce(operator.mul, nums, 1))
print(reduce(lambda acc, x: acc + [acc[-1] + x], nums, [0]))
print(list(map(operator.add, [1, 2, 3], [10, 20, 30])), list(map(str.upper, ["a", "b"])), list(map(len, ["ab", "", "xyz"])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(zip(*[(1, "a"), (2, "b")])))
square = partial(pow, exp=2)
base2 = partial(int, base=2)
print(square(7), base2("1011"), partial(sorted, key=len)(["ccc", "a", "bb"]))
print(square.func.__name__, square.keywords, base2.args)
pipeline = [str.strip, str.lower, partial(str.replace, old=" ", new="-") if False else (lambda s: s.replace(" ", "-"))]
print(reduce(lambda v, f: f(v), pipeline, "  Hello Big World  "))
print(any(x > 8 for x in nums), all(x > 0 for x in nums), any([]), all([]))
print(sum(map(int, "12345")), list(map(int, "1 2 3".split())), dict(map(lambda kv: (kv[1], kv[0]), {"a": 1, "b": 2}.items())))
print(sorted(map(abs, [-3, 1, -2])), list(enumerate("abc", start=1)), list(reversed(range(1, 10, 3))))
print(min([], default="empty"), max("apple", "banana", key=len), min((3, "z"), (3, "a")), round(sum([0.5] * 3)))
