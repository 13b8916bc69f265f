import uuid

a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
c = uuid.UUID("00000000-0000-0000-0000-000000000001")
print(a < b, a <= c, a >= c, b > a, a != b, a == c)
print(a == 1, a != "x")
print(sorted([b, c, a]))
print(max(a, b), min([b, a]))
print(int(b), str(a))
d = {a: "one"}
print(d[c], a in {c}, len({a, b, c}))
try:
    a < 5
except TypeError as e:
    print("TypeError", e)
try:
    a.hex = "x"
except TypeError as e:
    print("TypeError", e)
print(isinstance(a, uuid.UUID), type(a).__name__)
