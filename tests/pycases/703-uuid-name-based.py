import uuid

for name in ["python.org", "example.com", ""]:
    u3 = uuid.uuid3(uuid.NAMESPACE_DNS, name)
    u5 = uuid.uuid5(uuid.NAMESPACE_DNS, name)
    print(name, u3, u3.version)
    print(name, u5, u5.version)
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://www.python.org/"))
print(uuid.uuid3(uuid.NAMESPACE_OID, "1.3.6.1"))
print(uuid.uuid5(uuid.NAMESPACE_X500, "cn=John Doe"))
print(uuid.NAMESPACE_DNS)
print(uuid.NAMESPACE_URL)
print(uuid.NAMESPACE_OID.hex)
print(uuid.NAMESPACE_X500.urn)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "a") == uuid.uuid5(uuid.NAMESPACE_DNS, "a"))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "héllo"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "x").variant == uuid.RFC_4122)
