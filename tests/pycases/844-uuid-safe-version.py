import uuid

print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.SafeUUID.unsafe.value)
print(list(uuid.SafeUUID))
u = uuid.UUID(int=7)
print(u.is_safe, u.is_safe is uuid.SafeUUID.unknown)
v = uuid.UUID(int=7, is_safe=uuid.SafeUUID.safe)
print(v.is_safe, v == u)
for ver in range(1, 6):
    w = uuid.UUID(int=0, version=ver)
    print(ver, w, w.version, w.variant)
print(uuid.UUID(int=0).variant, uuid.UUID(int=0).version)
print(uuid.UUID("00000000-0000-0000-c000-000000000000").variant)
print(uuid.UUID("00000000-0000-0000-e000-000000000000").variant)
print(uuid.RESERVED_NCS, uuid.RFC_4122, sep=" | ")
print(uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=" | ")
