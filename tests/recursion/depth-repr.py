# __repr__ calling repr(self): three levels each, as in CPython
# page: 116
# cli: 333
d = 0
class A:
    def __repr__(self):
        global d
        d += 1
        return repr(self)
try:
    repr(A())
except RecursionError:
    print(d)
