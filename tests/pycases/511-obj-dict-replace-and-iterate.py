# assigning __dict__, and the common to_dict / from_dict helpers built on it
class Record:
    def to_dict(self):
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    @classmethod
    def from_dict(cls, data):
        obj = cls.__new__(cls)
        obj.__dict__.update(data)
        return obj

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"


r = Record.from_dict({"id": 1, "name": "Ann", "_secret": "x"})
print(r, r.to_dict())
r.__dict__ = {"id": 2}
print(r, hasattr(r, "name"))
r.name = "Bo"
print(r.__dict__)
try:
    r.__dict__ = [("a", 1)]
except TypeError as e:
    print("TypeError:", e)
for key in list(r.__dict__):
    setattr(r, key, str(getattr(r, key)) * 2)
print(r)
