import uuid

a = uuid.uuid1()
b = uuid.uuid1()
print(a.version, a.variant, b.version)
print(a != b, a.time <= b.time)
print(a.node == b.node == uuid.getnode())
print(isinstance(uuid.getnode(), int), 0 <= uuid.getnode() < 2**48)
c = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(c.node), c.clock_seq, hex(c.clock_seq), c.version)
print(str(c)[14], str(c)[19:23], str(c)[24:])
d = uuid.uuid1(node=1, clock_seq=0)
print(d.node, d.clock_seq, d.clock_seq_hi_variant, d.clock_seq_low)
print(a.time > 0x01b21dd213814000, len(str(a)), a.is_safe in list(uuid.SafeUUID))
