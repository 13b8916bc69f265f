import uuid

u = uuid.UUID("12345678-1234-5678-9234-567812345678")
print(u.fields)
print(u.time_low, u.time_mid, u.time_hi_version)
print(u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(hex(u.time), u.clock_seq, hex(u.node))
print(u.variant, u.version)
print(u.bytes)
print(u.bytes_le)
print(len(u.bytes), type(u.bytes).__name__)
v = uuid.UUID(fields=u.fields)
print(v == u, v)
