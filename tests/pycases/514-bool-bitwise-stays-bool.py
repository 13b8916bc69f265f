# bool & | ^ bool is a bool; mixed with int it is an int
flags = [True, False]
for a in flags:
    for b in flags:
        print(a & b, a | b, a ^ b)
print(type(True & False).__name__, type(True | 1).__name__, True ^ 2)
ok = True
ok &= False
print(ok, type(ok).__name__)
ok |= True
print(ok)
ok ^= True
print(ok)


class Interval:
    def __init__(self, start, end):
        self.start, self.end = start, end

    def contains(self, point):
        return (self.start <= point) & (point <= self.end)

    def intersects(self, other):
        return self.contains(other.start) | self.contains(other.end)


i = Interval(5, 10)
print(i.contains(6), i.contains(15), i.intersects(Interval(7, 13)), i.intersects(Interval(11, 12)))
print(sum([True & True, True | False]), ~True, -(True ^ False))
