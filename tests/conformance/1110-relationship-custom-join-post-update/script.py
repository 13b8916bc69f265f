from sqlalchemy.orm import joinedload, selectinload, aliased
s = Session(engine)
u = User(name="ann")
a1, a2, a3 = Address(email="z@x"), Address(email="a@x", active=False), Address(email="m@x")
u.addresses = [a1, a2, a3]
u.billing_address = a3
s.add(u)
s.commit()
print([a.email for a in u.active_addresses], u.billing_address.email, u.billing_address_id)
s.expire_all()
x = s.query(User).options(selectinload(User.active_addresses)).one()
print([a.email for a in x.active_addresses])
print(s.query(User.name, Address.email).join(User.active_addresses).order_by(Address.email).all())
A = aliased(Address)
print(s.query(User.name, A.email).join(A, and_(A.user_id == User.id, A.email.like("a%"))).all())
print(s.query(User).join(User.billing_address).filter(Address.email == "m@x").count())
a2.active = True
s.commit()
print(len(u.active_addresses))
