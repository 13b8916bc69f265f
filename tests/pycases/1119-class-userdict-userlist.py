from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence
class Config(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __missing__(self, key):
        return f"<{key}?>"
c = Config({"host": "db"}, port=5432)
c.update(user="ann")
c.setdefault("mode", "ro")
print(c, c.data, len(c), "HOST" in c, c["nope"], c.get("nope"), isinstance(c, MutableMapping))
print(sorted(c.keys()), list(c.items())[:2], c.pop("USER"), c == {"HOST": "db", "PORT": 5432})
d = c.copy()
d["x"] = 1
print(type(d).__name__, len(c), len(d), Config.fromkeys("ab", 0))
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
s += [4]
t = s + [5]
print(s, type(t).__name__, type(s[1:]).__name__, s[::-1], 3 in s, s.index(3), isinstance(s, MutableSequence))
print(list(reversed(s)), s * 2 == [1, 2, 3, 4] * 2, s.pop(), s, sorted(Stack([3, 1, 2])))
class Word(UserString):
    def shout(self):
        return self.upper() + "!"
w = Word("hello")
print(w.shout(), type(w.upper()).__name__, w.split("l"), w[1:3], type(w[1:3]).__name__, w + "x", len(w), "ell" in w)
