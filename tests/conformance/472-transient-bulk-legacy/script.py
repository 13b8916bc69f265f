session.bulk_insert_mappings(Item, [{"name": "pen", "price": 2.5}, {"name": "cup"}, {"name": "mug", "price": 4.0}])
session.commit()
print(session.scalars(select(Item).order_by(Item.id)).all())
objs = [Item(name="ink"), Item(name="pad", price=3.0)]
session.bulk_save_objects(objs)
session.commit()
print(objs[0].id, objs[0] in session, session.scalar(select(func.count(Item.id))))
session.bulk_update_mappings(Item, [{"id": 1, "price": 9.5}, {"id": 2, "name": "big cup"}])
session.commit()
print(session.scalars(select(Item).order_by(Item.id)).all()[:2])
pen = session.get(Item, 1)
make_transient(pen)
print(inspect(pen).transient, pen in session, pen.name)
pen.id = None
pen.name = "pen copy"
session.add(pen)
session.commit()
print(pen.id, session.scalar(select(func.count(Item.id))))
ghost = Item(id=3, name="mug")
make_transient_to_detached(ghost)
print(inspect(ghost).detached, inspect(ghost).key[1])
merged = session.merge(ghost)
print(merged.price, len(list(session)) > 0)
try:
    make_transient_to_detached(merged)
except Exception as e:
    print(type(e).__name__)
