import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex)
print(u.int, u.version, u.variant)
print(uuid.UUID("{12345678123456781234567812345678}") == u)
print(uuid.UUID(int=1), uuid.UUID(int=2) > uuid.UUID(int=1))
print(u.urn, str(uuid.NAMESPACE_DNS))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
print({u: "found"}[uuid.UUID(u.hex)])
