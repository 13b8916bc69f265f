session = Session(engine)
shelves = session.scalars(
    select(Shelf).options(selectinload(Shelf.boxes).selectinload(Box.items), selectinload(Shelf.tags)).order_by(Shelf.id)
).all()
session.close()
# Everything was loaded before the session closed: no lazy load needed (it would raise DetachedInstanceError).
for sh in shelves:
    print(sh.label, [t.word for t in sh.tags], [(b.code, [i.name for i in b.items]) for b in sh.boxes])

session = Session(engine)
boxes = session.scalars(select(Box).options(selectinload(Box.shelf)).order_by(Box.code)).all()
session.close()
print([(b.code, b.shelf.label if b.shelf else None) for b in boxes])

session = Session(engine)
items = session.scalars(select(Item).options(Load(Item).selectinload(Item.box).selectinload(Box.shelf)).order_by(Item.id)).all()
session.close()
print([(i.name, i.box.code, i.box.shelf.label if i.box.shelf else None) for i in items])

session = Session(engine)
shelves = session.scalars(select(Shelf).options(defaultload(Shelf.boxes).selectinload(Box.items)).order_by(Shelf.id)).all()
first = shelves[0]
boxes = first.boxes  # lazy load; the option path continues below it
session.close()
print([(b.code, [i.name for i in b.items]) for b in boxes])
try:
    shelves[1].boxes
except Exception as e:
    print(type(e).__name__)

session = Session(engine)
q = session.query(Shelf).options(selectinload(Shelf.boxes)).filter(Shelf.label != "bottom").order_by(Shelf.label)
result = q.all()
session.close()
print([(s.label, [b.code for b in s.boxes]) for s in result])
