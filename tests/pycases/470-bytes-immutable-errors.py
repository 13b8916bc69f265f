data = b"abc"
try:
    data[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    data.append(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del data[0]
except TypeError as e:
    print("TypeError:", e)
copy = data
data += b"d"
print(data, copy, data is copy)
try:
    b"x".decode(1)
except TypeError as e:
    print("TypeError:", e)
try:
    "x".encode("ascii", "strict", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    bytes("a", "utf-8", "strict", 1)
except TypeError as e:
    print("TypeError:", e)
print(bytes.decode(b"unbound"), bytes.upper(b"unbound"))
