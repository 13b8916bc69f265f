# __eq__ without __hash__ makes a class unhashable (type.__new__ sets __hash__ = None).
class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x


print(Point.__hash__)
print("__hash__" in Point.__dict__)
try:
    {Point(1)}
except TypeError as e:
    print("TypeError:", e)


class Tagged:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 7


class Child(Tagged):
    def __eq__(self, other):
        return False


print(Child.__hash__)
try:
    {Child(): 1}
except TypeError as e:
    print("TypeError:", e)


class Restored(Point):
    __hash__ = object.__hash__


print(len({Restored(1), Restored(1)}), Point(2) == Point(2))
