session = Session(engine)
try:
    session.scalars(select(Shelf).options(joinedload(Shelf.boxes))).all()
except Exception as e:
    print(type(e).__name__)
try:
    session.execute(select(Shelf).options(joinedload(Shelf.tags))).all()
except Exception as e:
    print(type(e).__name__)
shelves = session.scalars(select(Shelf).options(joinedload(Shelf.boxes).joinedload(Box.items)).order_by(Shelf.id)).unique().all()
session.close()
print(len(shelves))
for sh in shelves:
    print(sh.label, [(b.code, [i.name for i in b.items]) for b in sh.boxes])

session = Session(engine)
rows = session.execute(select(Shelf).options(joinedload(Shelf.tags, innerjoin=True)).order_by(Shelf.id)).unique().all()
session.close()
print([(r.Shelf.label, [t.word for t in r.Shelf.tags]) for r in rows])

session = Session(engine)
rows = session.execute(select(Shelf).options(joinedload(Shelf.tags)).order_by(Shelf.id)).unique().scalars().all()
session.close()
print([(s.label, [t.word for t in s.tags]) for s in rows])

session = Session(engine)
boxes = session.scalars(select(Box).options(joinedload(Box.shelf)).order_by(Box.code)).all()
first = session.scalars(select(Item).options(joinedload(Item.box, innerjoin=True)).order_by(Item.name)).first()
session.close()
print([(b.code, b.shelf.label if b.shelf else None) for b in boxes])
print(first.name, first.box.code)

session = Session(engine)
pairs = session.execute(
    select(Box, Shelf).join(Box.shelf).options(joinedload(Box.items)).order_by(Box.code)
).unique().all()
session.close()
print([(b.code, s.label, len(b.items)) for b, s in pairs])

session = Session(engine)
shelves = session.query(Shelf).options(joinedload(Shelf.boxes)).order_by(Shelf.id).all()
session.close()
print(len(shelves), [(s.label, len(s.boxes)) for s in shelves])

session = Session(engine)
top = session.query(Shelf).options(joinedload(Shelf.boxes)).filter_by(label="top").first()
two = session.scalars(select(Shelf).options(joinedload(Shelf.boxes)).order_by(Shelf.label.desc()).limit(2)).unique().all()
session.close()
print(top.label, [b.code for b in top.boxes], [(s.label, [b.code for b in s.boxes]) for s in two])
