import uuid

forms = [
    "12345678-1234-5678-1234-567812345678",
    "{12345678-1234-5678-1234-567812345678}",
    "12345678123456781234567812345678",
    "urn:uuid:12345678-1234-5678-1234-567812345678",
    "12345678-1234-5678-1234-56781234567A",
    "  12345678-1234-5678-1234-567812345678  ",
]
for f in forms:
    u = uuid.UUID(f)
    print(str(u))
    print(repr(u))
a = uuid.UUID(forms[0])
b = uuid.UUID(forms[1])
print(a == b, a is b)
print(uuid.UUID(forms[4]).hex)
