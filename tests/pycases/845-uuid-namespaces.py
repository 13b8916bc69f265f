import uuid

for ns, name in [(uuid.NAMESPACE_DNS, "example.org"), (uuid.NAMESPACE_URL, "http://example.org/x"),
                 (uuid.NAMESPACE_OID, "2.5.4.3"), (uuid.NAMESPACE_X500, "cn=Ann,o=Org")]:
    u3 = uuid.uuid3(ns, name)
    u5 = uuid.uuid5(ns, name)
    print(u3.hex, u3.version, u5.urn, u5.version)
print(repr(uuid.uuid5(uuid.NAMESPACE_DNS, "users")))
print(uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_DNS, "app"), "user/1"))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "x" * 200).fields)
print(uuid.uuid5(uuid.NAMESPACE_URL, "日本").bytes[:4])
print(uuid.uuid5(uuid.NAMESPACE_DNS, b"bytes-name"))
