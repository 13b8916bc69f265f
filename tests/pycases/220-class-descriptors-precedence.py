class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)

class Lazy:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, objtype=None):
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        setattr(obj, self.func.__name__, value)
        return value

class Point:
    x = Typed()
    y = Typed()

    @Lazy
    def norm(self):
        print("computing norm")
        return abs(self.x) + abs(self.y)

p = Point()
print(p.x)
p.x = 3
p.y = -4
print(p.x, p.y, p.norm, p.norm)
try:
    p.x = "three"
except TypeError as e:
    print("TypeError:", e)
