print(User.name == "ed")
print(and_(User.id > 1, User.name.like("%e")))
print(or_(User.id == 1, User.id == 2))
print(User.name.in_(["a", "b"]))
print(User.name.is_(None), "|", User.name != None)
print(User.name.desc(), "|", User.id + 5, "|", User.name + "x")
print(User.id == Address.user_id)
print(str(User.name), str(User.active.is_(True)))

session.add_all([
    User(name="ed", active=True, addresses=[Address(email="e1"), Address(email="e2")]),
    User(name="jo", active=False),
    User(name="al", active=None, addresses=[Address(email="a1")]),
])
print(session.new)
print(len(session.new), session.dirty, session.deleted)
session.commit()

ed = session.get(User, 1)
ed.name = "eddie"
print(session.dirty)
print(ed in session.dirty, session.get(User, 2) in session.dirty)
session.delete(session.get(User, 2))
session.flush()
print(session.deleted)
session.rollback()

print(session.query(User.id).filter(User.active.isnot(True)).order_by(User.id).all())
print(session.query(User.id).filter(User.active.is_not(False)).order_by(User.id).all())
print(session.query(User.id).filter(User.active != True).order_by(User.id).all())
print(session.query(User, Address).outerjoin(User.addresses).order_by(User.id, Address.id).all())
print(session.query(User.name + "!").order_by(User.id).all())
