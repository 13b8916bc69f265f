import abc
from collections.abc import Mapping, MutableMapping

class Config(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, key):
        return self._d[key]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

c = Config(a=1, b=2)
print(c.get("a"), c.get("z", 0), "a" in c, "z" in c)
print(list(c.keys()), list(c.values()), list(c.items()))
print(c == {"a": 1, "b": 2}, dict(c), len(c))
class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

s = Store()
s["A"] = 1
s.update(B=2, c=3)
print(s.setdefault("d", 4), s.pop("b"), len(s), sorted(s))
print(s.popitem(), isinstance(s, Mapping), isinstance(abc, type))
try:
    Mapping()
except TypeError as e:
    print(e)
