session = Session(engine)
a, b, c = Account(handle="ana"), Account(handle="ben"), Account(handle="cat")
a.following = [b, c]
b.following.append(c)
session.add(a)
session.commit()
for acc in session.query(Account).order_by(Account.id):
    print(acc.handle, "follows", sorted(x.handle for x in acc.following), "| followers", sorted(x.handle for x in acc.followers))
a.following.remove(c)
session.commit()
print("cat followers:", [x.handle for x in c.followers])
print("rows:", session.query(follows).count())
