import uuid

u = uuid.UUID("c232ab00-9414-11ec-b3c8-9f6bdeced846")
print(u.version, u.variant)
print(u.time_low, u.time_mid, u.time_hi_version)
print(u.time)
print(u.clock_seq, u.clock_seq_hi_variant, u.clock_seq_low)
print(u.node, hex(u.node))
n = uuid.UUID(fields=(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node))
print(n == u)
print(uuid.UUID(int=u.int ^ 1) > u)
print(u.bytes.hex(), u.bytes_le.hex())
