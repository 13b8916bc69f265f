import copy

class Config:
    def __init__(self, name, opts):
        self.name = name
        self.opts = opts
    def __repr__(self):
        return f"Config({self.name!r}, {self.opts!r})"

c1 = Config("base", {"debug": False, "paths": ["/a"]})
c2 = copy.copy(c1)
c3 = copy.deepcopy(c1)
c2.name = "copy"
c2.opts["debug"] = True
c3.opts["paths"].append("/b")
print(c1)
print(c2)
print(c3)
print(type(c2) is Config, type(c3).__name__)
print(c2.__dict__ is c1.__dict__)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b
s = Slotted([1], 2)
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
s.a.append(9)
print(s2.a, s2.b, s3.a, s3.b)
