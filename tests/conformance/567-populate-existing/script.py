s = Session(engine)
u = s.get(User, 1)
item = u.items[0]
print([i.title for i in u.items])
u.name = "local change"
s.execute(text("UPDATE users SET name = 'db ann' WHERE id = 1"))
s.execute(text("UPDATE items SET title = 'db i1' WHERE id = 1"))
print(s.scalars(select(User).where(User.id == 1)).one().name)
again = s.scalars(select(User).where(User.id == 1).execution_options(populate_existing=True)).one()
print(again is u, u.name, s.is_modified(u))
print(s.get(Item, 1).title)
print(s.query(Item).populate_existing().filter_by(id=1).one().title)
u.name = "again"
rows = s.execute(select(User).order_by(User.id), execution_options={"populate_existing": True}).scalars().all()
print([r.name for r in rows])
users = s.scalars(select(User).options(selectinload(User.items)).execution_options(populate_existing=True)).all()
print([(x.name, [i.title for i in x.items]) for x in users])
s.commit()
