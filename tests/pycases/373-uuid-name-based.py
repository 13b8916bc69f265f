import uuid

print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/users/42"))
print(uuid.uuid3(uuid.NAMESPACE_OID, "1.3.6.1"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=ann"))
u = uuid.uuid5(uuid.NAMESPACE_DNS, "héllo wörld ✓")
print(u, u.version, u.variant, u.hex[:12])
print(uuid.uuid5(uuid.NAMESPACE_DNS, "a" * 100) == uuid.uuid5(uuid.NAMESPACE_DNS, "a" * 100), uuid.uuid3(uuid.NAMESPACE_DNS, ""))
ids = {name: uuid.uuid5(uuid.NAMESPACE_URL, name) for name in ["a", "b"]}
print(sorted(ids.values()))
