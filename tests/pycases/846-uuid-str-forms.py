import uuid

u = uuid.UUID("A8098C1A-F86E-11DA-BD1A-00112444BE1E")
print(str(u), u.hex, u.urn)
print(repr(u), f"{u}", "%s" % u)
print(u.int)
print(u.version, u.time_low, u.node)
print(str(u).upper(), str(u).replace("-", ""))
print(uuid.UUID(u.urn) == u, uuid.UUID(u.hex) == u, uuid.UUID(str(u).upper()) == u)
print(uuid.UUID("urn:uuid:{a8098c1a-f86e-11da-bd1a-00112444be1e}") == u)
print(uuid.UUID("uuid:a8098c1af86e11dabd1a00112444be1e"))
print([str(x)[:8] for x in [u, uuid.NAMESPACE_DNS]])
print("{!r:>50}".format(u))
print(format(u, ""), "%r" % (u,))
