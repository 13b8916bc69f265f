l = [3, 1, 2]
print(l.sort(), l, sorted(l, reverse=True), l.reverse(), l)
print(l * 0, [None] * 3, [[]] * 2, l + [4], l.index(2))
print(list("abc"), list((1, 2)), list({"k": 1}), list(range(3)))
print([1, 2, 1, 2].index(2, 2), [0] * 3 == [0, 0, 0], [1, 2] * 2)
