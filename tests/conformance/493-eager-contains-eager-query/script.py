session = Session(engine)
boxes = session.scalars(
    select(Box).join(Box.shelf).where(Shelf.label == "top").options(contains_eager(Box.shelf)).order_by(Box.code)
).all()
session.close()
print([(b.code, b.shelf.label) for b in boxes])

session = Session(engine)
shelves = session.scalars(
    select(Shelf).join(Shelf.boxes).where(Box.code != "B2").options(contains_eager(Shelf.boxes)).order_by(Shelf.id, Box.id)
).unique().all()
session.close()
# contains_eager fills the collection with the rows the statement returned, filtered ones left out.
print([(s.label, [b.code for b in s.boxes]) for s in shelves])

session = Session(engine)
top = session.scalars(select(Shelf).where(Shelf.label == "top")).one()
kept = top.boxes
kept.append(Box(code="NEW"))
again = session.scalars(select(Shelf).options(selectinload(Shelf.boxes)).where(Shelf.label == "top")).one()
print(again is top, top.boxes is kept, [b.code for b in top.boxes])
session.rollback()

session = Session(engine)
items = session.query(Item).options(joinedload(Item.box).joinedload(Box.shelf)).order_by(Item.name).all()
session.close()
print([(i.name, i.box.code, i.box.shelf.label if i.box.shelf else None) for i in items])

session = Session(engine)
shelves = session.query(Shelf).options(subqueryload(Shelf.boxes)).order_by(Shelf.label).all()
print([(s.label, len(s.boxes)) for s in shelves])
session.close()
