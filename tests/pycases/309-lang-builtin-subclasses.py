class Path(str):
    def parts(self):
        return self.split("/")

class Tally(dict):
    def __missing__(self, key):
        return 0

    def add(self, key):
        self[key] += 1
        return self

class Celsius(float):
    def __repr__(self):
        return f"{float(self)}°C"

p = Path("usr/local/bin")
print(p, p.parts(), p.upper(), len(p), p + "/x", isinstance(p, str), p.startswith("usr"))
t = Tally().add("a").add("b").add("a")
print(t, t["z"], len(t), sorted(t.items()), dict(t))
c = Celsius(21.5)
print(c, c + 1, c > 20, round(c), f"{c:.0f}", [c])
class Stack(list):
    def peek(self):
        return self[-1]
s = Stack([1, 2, 3])
s.append(4)
print(s, s.peek(), len(s), s[1:3], list(reversed(s)), s == [1, 2, 3, 4])
