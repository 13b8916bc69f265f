# Python NFKC-normalises non-ASCII identifiers: compatibility forms and canonical
# compositions name the same variable, attribute and keyword argument.
ﬁle = "ligature"
print(file)
ｘ = 3
print(x + 1)
ℌ = "script H"
print(H)
café = "precomposed"
print(café)
Å = "angstrom sign"
print(Å)
가 = "hangul"
print(가)
class Point:
    def __init__(self, ｘ, y):
        self.ｘ = ｘ
        self.y = y
p = Point(ｘ=1, y=2)
print(p.x, p.y, sorted(p.__dict__))
def f(**kwargs):
    return sorted(kwargs)
print(f(ﬁ=1, ｂ=2))
