session = Session(engine)
shelf = session.scalars(select(Shelf).options(raiseload(Shelf.boxes)).where(Shelf.label == "top")).one()
try:
    shelf.boxes
except Exception as e:
    print(type(e).__name__)
print([t.word for t in shelf.tags])
session.close()

session = Session(engine)
box = session.scalars(select(Box).options(raiseload("*")).where(Box.code == "A1")).one()
for attr in ("shelf", "items"):
    try:
        getattr(box, attr)
    except Exception as e:
        print(attr, type(e).__name__)
session.close()

session = Session(engine)
shelves = session.scalars(select(Shelf).order_by(Shelf.id)).all()
boxes = session.scalars(select(Box).options(raiseload(Box.shelf, sql_only=True)).order_by(Box.code)).all()
print([(b.code, b.shelf.label if b.shelf else None) for b in boxes])
session.close()

session = Session(engine)
shelves = session.scalars(select(Shelf).options(noload(Shelf.boxes), noload(Shelf.tags)).order_by(Shelf.id)).all()
print([(s.label, s.boxes, s.tags) for s in shelves])
session.close()

session = Session(engine)
shelf = session.scalars(select(Shelf).options(selectinload(Shelf.boxes).raiseload(Box.items)).where(Shelf.label == "top")).one()
print([b.code for b in shelf.boxes])
try:
    shelf.boxes[0].items
except Exception as e:
    print(type(e).__name__)
box = session.get(Box, 1)
try:
    print(box.items)
except Exception as e:
    print(type(e).__name__)
session.close()

session = Session(engine)
shelf = session.scalars(select(Shelf).options(immediateload(Shelf.boxes)).where(Shelf.label == "middle")).one()
session.close()
print([b.code for b in shelf.boxes])
