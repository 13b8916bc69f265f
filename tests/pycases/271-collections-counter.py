from collections import Counter

c = Counter("mississippi")
print(c)
print(c.most_common(2), c["s"], c["z"], c.total())
c.update("sip")
c.subtract({"i": 10})
print(c)
print(sorted(c.elements())[:5], list(Counter(a=2, b=1).elements()))
x = Counter(a=3, b=1)
y = Counter(a=1, b=2, c=5)
print(x + y, x - y, x | y, x & y)
print(Counter(["red", "blue", "red"]), Counter(), +Counter(a=-1, b=2))
print(Counter("aab") == Counter("aba"), dict(Counter("xy")))
