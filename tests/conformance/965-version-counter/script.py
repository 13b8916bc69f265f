s1 = Session(engine)
u = User(name="ed")
s1.add(u)
s1.commit()
print(u.version_id)
u.name = "new name"
s1.commit()
print(u.version_id)
s2 = Session(engine)
u2 = s2.get(User, 1)
u2.name = "from s2"
s2.commit()
print(u2.version_id)
u.name = "stale"
try:
    s1.commit()
except StaleDataError as e:
    print(type(e).__name__)
    s1.rollback()
print(u.name, u.version_id)
s1.delete(u)
s1.commit()
print(s1.scalars(select(User)).all())
u3 = User(name="x")
s1.add(u3)
s1.commit()
s2.execute(update(User).where(User.id == u3.id).values(version_id=User.version_id + 5))
s2.commit()
s1.delete(u3)
try:
    s1.flush()
except StaleDataError as e:
    print(type(e).__name__)
s1.rollback()
print(s1.execute(select(User.name, User.version_id)).all())
