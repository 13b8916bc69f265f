# Each built-in iterable has its own iterator type, as type() and repr show it.
samples = [[1], (1,), {"k": 1}, {1}, frozenset({1}), "abc", "naïve", range(3), b"ab", bytearray(b"ab")]
for s in samples:
    print(type(s).__name__, "->", type(iter(s)).__name__)
d = {"a": 1}
print(type(iter(d.values())).__name__, type(iter(d.items())).__name__, type(iter(d.keys())).__name__)
print(type(reversed([1])).__name__, type(reversed((1,))).__name__, type(reversed(range(2))).__name__)
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(type(map(str, [])).__name__, type(zip()).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
print(type(iter(int, 1)).__name__, repr(type(iter([]))), type(iter([])) is type(iter([2])))
print(isinstance(iter([]), type(iter(()))), type(iter({}.keys())) is type(iter({})))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
it = iter(Countdown(2))
print(type(it).__name__, list(it), type(None)(), type(None)() is None)
try:
    type(None)(1)
except TypeError as e:
    print(e)
