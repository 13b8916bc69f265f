s = Session(engine)
s.add(Item(sku="a1"))
s.commit()
s.add(Item(sku="a1"))
try:
    s.flush()
except Exception as e:
    print(type(e).__name__)
print("failed flush:", events)
events.clear()
s.rollback()
print("rollback after failure:", events)
events.clear()
s.rollback()
print("nothing begun:", events)
item = s.scalars(select(Item)).one()
s.delete(item)
s.flush()
print(item in s, item in s.deleted)
events.clear()
s.rollback()
print("deleted comes back:", events, item in s)
with Session(engine) as s2:
    try:
        with s2.begin():
            s2.add(Item(sku="b2"))
            s2.flush()
            raise ValueError("abort")
    except ValueError as e:
        print("block:", e, events[-2:])
    print(s2.scalars(select(Item.sku)).all())
s.close()
