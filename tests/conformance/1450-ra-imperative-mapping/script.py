session = Session()
ed = User("ed", "Ed Jones", "edsnickname")
a = Address()
a.email_address = "ed@ed.com"
ed.addresses.append(a)
wendy = User(name="wendy", fullname="Wendy Williams")
session.add_all([ed, wendy])
session.commit()
print(session.query(User).order_by(User.id).all(), ed.addresses, a.user)
print(session.query(User).filter(User.name.in_(["ed", "fakeuser"])).all())
for row in session.query(User.name, Address.email_address).join(User.addresses):
    print(row.name, row.email_address)
print(session.query(User).filter(User.addresses.any(Address.email_address.like("%ed%"))).count())
try:
    Address(email_address="x@y")
except TypeError as e:
    print("TypeError")
ed.nickname = None
session.commit()
print(session.execute(user_table.select().order_by(user_table.c.id)).fetchall())
print(User.__table__ if hasattr(User, "__table__") else "no __table__", User.__mapper__.local_table.name)
