m = Model(id=1)
print(type(m).__name__, m.id is not None)
try:
    Model(name="x")
except TypeError as e:
    print("TypeError", e)
