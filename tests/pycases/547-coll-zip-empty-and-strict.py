print(list(zip()), list(zip([])), list(zip("ab", [])), dict(zip()))
for a, b in [([1, 2], [1]), ([1], [1, 2]), ([1, 2], [3, 4])]:
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print(e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(e)
print(list(zip(*[])), [list(t) for t in zip(*[[1, 2], [3, 4]])])
