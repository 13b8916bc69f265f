a = Account(owner="Ivy", balance=100.0)
b = Account(owner="Jon", balance=20.0)
session.add_all([a, b])
session.commit()

a.balance -= 30
b.balance += 30
c = Account(owner="Kai")
session.add(c)
session.flush()
print("during:", session.query(Account).order_by(Account.id).all(), c.id)
session.rollback()
print("after rollback:", a, b)
print("c in session:", c in session, "| c.id:", c.id)
print("rows:", session.query(Account).count())

a.balance = 75.5
session.commit()
print(session.query(Account).filter(Account.balance > 50).all())
print("new:", len(session.new), "dirty:", len(session.dirty))
d = Account(owner="Lu", balance=1.0)
session.add(d)
print("new:", len(session.new), d in session.new)
session.rollback()
print("d in session:", d in session, d.id)
