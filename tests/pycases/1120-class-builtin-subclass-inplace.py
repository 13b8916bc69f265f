class Tags(list):
    def __init__(self, *items, owner="?"):
        super().__init__(items)
        self.owner = owner
t = Tags("a", "b", owner="ann")
alias = t
t += ["c"]
t *= 2
print(t, type(t).__name__, t.owner, alias is t, type(t + ["d"]).__name__)
class Settings(dict):
    def __missing__(self, key):
        return key.upper()
s = Settings(a=1)
s |= {"b": 2}
print(s, type(s).__name__, s["zz"], type(s | {"c": 3}).__name__, type(s.copy()).__name__)
r = Settings.fromkeys(["x", "y"], 0)
print(r, type(r).__name__, r["q"])
class Seen(set):
    pass
seen = Seen({1, 2})
before = seen
seen |= {3}
seen -= {1}
seen &= {2, 3, 4}
print(sorted(seen), type(seen).__name__, before is seen)
class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)
print(Logged.fromkeys("ab", 1))
