session = Session(engine)
session.add_all([Item(title=t) for t in ["x", "y", "z"]])
session.commit()
print(select(Item.title).order_by(Item.id).fetch(2))
print(select(Item.title).offset(1).fetch(5, with_ties=True))
print(select(Item.title).fetch(10, percent=True))
print(select(Item.title).fetch(3).limit(1))
print(select(Item.title).limit(1).fetch(3))
print(session.scalars(select(Item.title).order_by(Item.id).limit(2)).all())
for bad in ["SELECT * FROM items", "DELETE FROM items"]:
    try:
        session.execute(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    session.scalars("SELECT id FROM items")
except Exception as e:
    print(type(e).__name__)
try:
    session.expunge(Item(title="loose"))
except Exception as e:
    print(type(e).__name__)
try:
    session.execute(select(Item.title).fetch(1)).all()
except Exception as e:
    print(type(e).__name__)
session.rollback()
print(session.scalar(select(func.count()).select_from(Item)))
