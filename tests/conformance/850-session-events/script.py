with Session() as s:
    u = User(name="ed", addresses=[Address(email="e@x")])
    s.add(u)
    s.commit()
    print(u.audit)
    u.name = "eddy"
    s.commit()
    print(u.audit)
    s.delete(u.addresses[0])
    s.commit()
    u.name = "zzz"
    s.rollback()
    print(u.name)
print(Session().execute(select(User.name, User.audit)).all())
