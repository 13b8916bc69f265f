u = User(name="ed", email="ED@X.COM")
print(u.email)
u.name = "edward"
a = Address(email="a@x")
u.addresses.append(a)
b = Address(email="b@x")
b.user = u
u.addresses.remove(a)
u.addresses = [a]
with Session(engine) as s:
    s.add(u)
    s.commit()
    s.expunge_all()
    u2 = s.get(User, 1)
    print(u2.name)
    s.expire(u2, ["name"])
    print(u2.name)
    s.refresh(u2)
