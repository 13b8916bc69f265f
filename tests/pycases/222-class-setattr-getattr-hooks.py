class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None

    def __setattr__(self, name, value):
        print("setting", name)
        self._fields[name] = value

    def __delattr__(self, name):
        print("deleting", name)
        del self._fields[name]

r = Record(a=1)
r.b = 2
print(r.a, r.b, r._fields)
del r.a
print(hasattr(r, "a"), getattr(r, "a", "gone"))
try:
    r.zzz
except AttributeError as e:
    print("AttributeError:", e)
