import operator

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

i = Idx(2)
print([10, 20, 30, 40][i], (1, 2, 3)[Idx(-1)], "hello"[i])
print([0, 1, 2, 3, 4][Idx(1):Idx(4)], "abcdef"[::Idx(2)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))), range(10)[Idx(3)], operator.index(Idx(7)))
print("ab" * Idx(3), [0] * Idx(2))
for bad in (1.5, "3", None):
    try:
        operator.index(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    key = 1.0
    [1, 2][key]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[1.5:]
except TypeError as e:
    print("TypeError:", e)
print(operator.index(True), operator.index(-4))
