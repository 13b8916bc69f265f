import itertools

print(itertools.count(), itertools.count(5), itertools.count(2, 3))
print(itertools.count(1.5), itertools.count(0, 0.5))
c = itertools.count(10)
next(c)
print(c)
print(itertools.repeat("x", 3), itertools.repeat(None))
r = itertools.repeat(1, 2)
print(list(r), r)
for bad in (lambda: itertools.permutations("ab", -1), lambda: itertools.combinations("ab", -1),
            lambda: itertools.combinations_with_replacement("ab", -2)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(list(itertools.permutations("abc", 5)), list(itertools.combinations("ab", 3)))
for args in ((range(5), -1), (range(5), 1, -1), (range(5), 0, 3, 0), (range(5), "a")):
    try:
        itertools.islice(*args)
    except ValueError as e:
        print("ValueError:", e)
print(list(itertools.islice("abcdefg", 1, None, 2)), list(itertools.islice("abc", None)))
try:
    itertools.repeat()
except TypeError as e:
    print("TypeError:", e)
