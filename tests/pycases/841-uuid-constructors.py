import uuid

b = bytes(range(16))
print(uuid.UUID(bytes=b))
print(uuid.UUID(bytes_le=b))
print(uuid.UUID(int=0))
print(uuid.UUID(int=2**128 - 1))
print(uuid.UUID(int=255, version=4))
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.UUID("12345678123456781234567812345678", version=1))
print(uuid.UUID(hex="{00000000-0000-0000-0000-000000000001}").int)
u = uuid.UUID(bytes=b"\xff" * 16)
print(u.int == 2**128 - 1, u.hex)
print(uuid.UUID(bytes_le=uuid.UUID(int=12345).bytes_le).int)
