import operator

it = iter([10, 20, 30, 40])
next(it)
print(operator.length_hint(it), operator.length_hint(iter(range(7))))
d = iter({"a": 1, "b": 2})
print(operator.length_hint(d), operator.length_hint(iter("héllo")))
print(operator.length_hint(iter(()), 5), operator.length_hint(map(str, [1, 2]), 9))

class Page:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

rows = list(range(10))
size = Page(3)
print(rows[:size], rows[Page(2)::size], operator.index(size))
print(hex(Page(4096)), range(Page(2), Page(8), Page(3)))
class Bad:
    def __index__(self):
        return "7"
try:
    rows[Bad()]
except TypeError as e:
    print("TypeError:", e)
try:
    operator.index(2.0)
except TypeError as e:
    print("TypeError:", e)
print(operator.attrgetter("real", "imag")(3), operator.itemgetter(1, 0)("ab"))
