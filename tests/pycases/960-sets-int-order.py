# Sets of ints print in CPython's hash-table order, not insertion order.
print({3, 1, 2})
print({1, 2, 3} | {10, 4})
a = {5, 9, 1}
a.add(0)
print(a)
print(set([100, 7, 33]))
print({-1, -2, 5})
print({(1, 2), (0, 1)})
print({1.5, 0.5})
evens = {n for n in range(20, 0, -2)}
print(evens)
evens.discard(10)
evens.add(33)
print(evens, evens.pop(), evens.pop())
print({40, 3, 17, 8} & {8, 17, 99, 40, 1})
print({40, 3, 17, 8} - {3}, {1, 2, 99} ^ {2, 3, 64})
