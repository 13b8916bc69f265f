class Record:
    pass
r = Record()
for field, value in [("id", 1), ("name", "widget"), ("price", 9.99)]:
    setattr(r, field, value)
print(r.id, r.name, getattr(r, "price"), r.__dict__)
print(hasattr(r, "name"), hasattr(r, "color"))
delattr(r, "price")
print(hasattr(r, "price"), sorted(r.__dict__))
try:
    getattr(r, "color")
except AttributeError:
    print("AttributeError")
