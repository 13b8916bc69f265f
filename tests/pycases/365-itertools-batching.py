from itertools import islice, tee, pairwise, compress, filterfalse, repeat

def batched(iterable, n):
    it = iter(iterable)
    while chunk := tuple(islice(it, n)):
        yield chunk

print(list(batched(range(7), 3)))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(pairwise("abcd")))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(6))))
print(list(repeat("x", 3)), list(map(pow, range(4), repeat(2))))
