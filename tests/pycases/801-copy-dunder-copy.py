import copy

class Point:
    def __init__(self, x, y, tags=None):
        self.x = x
        self.y = y
        self.tags = tags if tags is not None else []
    def __copy__(self):
        print("__copy__ called")
        return Point(self.x, self.y, self.tags)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called, memo is dict:", isinstance(memo, dict))
        return Point(self.x, self.y, copy.deepcopy(self.tags, memo))
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"

p = Point(1, 2, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("b")
print(p)
print(q)
print(r)
print(q.tags is p.tags, r.tags is p.tags)
pts = [p, p]
cp = copy.deepcopy(pts)
print(cp[0] is cp[1])
print(cp)
