# __dict__ writes bypass __setattr__; __setattr__ can itself write to __dict__
class Tracked:
    def __init__(self):
        self.__dict__["changes"] = []

    def __setattr__(self, name, value):
        self.changes.append(name)
        self.__dict__[name] = value


t = Tracked()
t.x = 1
t.y = 2
t.__dict__["z"] = 3
print(t.changes, t.x, t.y, t.z)
print(sorted(t.__dict__))


class Frozen:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __setattr__(self, name, value):
        raise AttributeError(f"{name} is read-only")


f = Frozen(a=1, b=2)
print(f.a, f.b)
try:
    f.a = 5
except AttributeError as e:
    print(e)
print(f.__dict__)
