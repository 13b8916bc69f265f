# bool operators in filters and flag computations keep bool results
rows = [
    {"name": "ann", "active": True, "admin": False},
    {"name": "bo", "active": False, "admin": True},
    {"name": "cy", "active": True, "admin": True},
]
for r in rows:
    both = r["active"] & r["admin"]
    either = r["active"] | r["admin"]
    one = r["active"] ^ r["admin"]
    print(r["name"], both, either, one)
mask = [r["active"] & (not r["admin"]) for r in rows]
print(mask, any(mask), sum(mask))
flags = {"a": True, "b": False}
flags["a"] &= flags["b"]
flags["b"] |= True
print(flags)
print(True & 3, 6 | False, (1 == 1) ^ (2 == 3))
