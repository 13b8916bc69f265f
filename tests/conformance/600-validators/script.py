session = Session(engine)
u = User(name="spongebob")
a1 = Address(email="SB@Example.com")
print(a1.email)
try:
    Address(email="nope")
except ValueError as e:
    print("ValueError", e)
u.addresses.append(a1)
a2 = Address(email="x@y.com")
a2.user = u
print([a.email for a in u.addresses])
try:
    u.addresses.remove(a1)
except ValueError as e:
    print("ValueError", e)
print(len(u.addresses))
session.add(u)
session.commit()
a3 = session.get(Address, 1)
print(a3.email, a3.user.name)
