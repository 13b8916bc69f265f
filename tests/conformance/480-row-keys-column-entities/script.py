# A column entity next to its own entity keeps its key (the SQL label is name__1).
for row in session.query(User, User.name).order_by(User.id):
    print(row._fields, row.User, row.name)
for row in session.execute(select(User, User.name, User.fullname).order_by(User.id)):
    print(row._fields, row.name, row.fullname, row._mapping["name"])
print(session.execute(select(User.name, User).order_by(User.id)).first()._fields)
# Two column entities of the same name are deduped among themselves only.
ua = aliased(User)
row = session.execute(select(User, User.name, ua.name).join(ua, ua.id != User.id).order_by(User.id)).first()
print(row._fields, tuple(row)[1:])
row = session.query(User.name, User, User.name.label("n2")).first()
print(row._fields, row.n2)
