# How each set operation builds its result decides the printed order.
big = set(range(0, 200, 7))
small = {14, 140, 3, 700}
print(big & small, small & big)
print(small - big, big - {0, 7})
print(small.union([1000, 33], (64, 32)))
print(small.symmetric_difference([3, 5, 9, 1024]))
s = {25, 50, 75}
s |= {100, 125, 16}
print(s)
s -= {50}
s ^= {50, 8}
print(s)
s.intersection_update(range(0, 80))
print(s)
d = {9: 'a', 17: 'b', 1: 'c', 33: 'd', 8: 'e'}
print(set(d), set(d.values()) if False else frozenset(d))
t = {x * 7 % 13 for x in range(12)}
print(t, sorted(t) == list(t))
for v in {30, 20, 10, 5}:
    print(v, end=' ')
print()
print({1e20, -3.25, float('inf'), 2 ** 64})
print({frozenset({1, 2}), frozenset({3}), (1, (2, 3))} == {(1, (2, 3)), frozenset({3}), frozenset({1, 2})})
