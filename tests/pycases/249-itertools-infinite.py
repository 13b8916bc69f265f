import itertools

print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.repeat("x", 3)), list(zip(range(3), itertools.repeat(0))))
counter = itertools.count()
print(next(counter), next(counter), next(counter))
print(list(itertools.islice("abcdefg", 2, None, 2)), list(itertools.islice(range(10), 3)))
print(list(itertools.takewhile(lambda n: n < 4, itertools.count())))
print(list(itertools.dropwhile(lambda n: n < 4, [1, 5, 2, 6])))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(itertools.accumulate([3, 1], initial=10)))
