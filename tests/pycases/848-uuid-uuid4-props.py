import uuid

ids = [uuid.uuid4() for _ in range(20)]
print(all(u.version == 4 for u in ids))
print(all(u.variant == uuid.RFC_4122 for u in ids))
print(len(set(ids)), all(len(str(u)) == 36 for u in ids))
print(all(str(u)[14] == "4" and str(u)[19] in "89ab" for u in ids))
print(all(uuid.UUID(str(u)) == u for u in ids))
print(all(len(u.bytes) == 16 and len(u.hex) == 32 for u in ids))
u = ids[0]
print(type(u) is uuid.UUID, u.is_safe)
print(str(u).count("-"), [len(p) for p in str(u).split("-")])
print(uuid.UUID(int=u.int) == u, uuid.UUID(fields=u.fields) == u)
