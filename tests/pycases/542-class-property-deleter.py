class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
        self._c = None
t = Temp()
t.c = 25
print(t.c)
del t.c
print(t.c)
try:
    t.c = -300
except ValueError as e:
    print(e)
class RO:
    @property
    def v(self):
        return 1
    w = property(lambda self: 2, None, lambda self: print("fdel called"))
r = RO()
for action in (lambda: setattr(r, "v", 2), lambda: delattr(r, "v")):
    try:
        action()
    except AttributeError as e:
        print(e)
del r.w
print(r.v, r.w)
