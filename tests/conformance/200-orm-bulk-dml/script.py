session.execute(
    insert(User),
    [{"name": "a", "fullname": "A"}, {"name": "b", "fullname": None}, {"name": "c", "fullname": "C"}],
)
users = session.scalars(insert(User).returning(User), [{"name": "d"}, {"name": "e"}]).all()
print(sorted(u.name for u in users))
a = session.scalars(select(User).where(User.name == "a")).one()
session.execute(update(User), [{"id": a.id, "fullname": "Alpha"}, {"id": 2, "fullname": "Beta"}])
print(a.fullname)
r = session.execute(update(User).where(User.name.in_(["a", "c"])).values(fullname="AC"))
print(r.rowcount, a.fullname)
r = session.execute(
    update(User).where(User.id == select(User.id).where(User.name == "c").scalar_subquery()).values(fullname="Z")
)
print(r.rowcount)
d = session.scalars(select(User).where(User.name == "d")).one()
session.execute(delete(User).where(User.name == "d"))
print(d in session)
changed = session.scalars(update(User).where(User.name == "e").values(fullname="E").returning(User)).all()
print(changed)
session.execute(update(User).filter_by(name="b").values(fullname="B"), execution_options={"synchronize_session": False})
session.commit()
print(session.scalars(select(User).order_by(User.id)).all())
