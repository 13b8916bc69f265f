from itertools import islice, chain, compress, dropwhile, takewhile, filterfalse, count

def chunked(iterable, n):
    it = iter(iterable)
    while batch := list(islice(it, n)):
        yield batch

print(list(chunked(range(7), 3)))
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)
print(list(flatten([[1, 2], [], [3]])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(filterfalse(lambda x: x % 2, range(8))), list(filterfalse(None, [0, 1, "", "a"])))
ids = count(start=1)
users = [{"name": n, "id": next(ids)} for n in ["a", "b", "c"]]
print(users)
def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)
print(nth(count(10, 5), 3), nth("ab", 5, "none"))
print(list(zip(count(), "xyz")))
