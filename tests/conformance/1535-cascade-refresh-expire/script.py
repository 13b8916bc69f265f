with Session(engine) as s:
    o = Order(customer="zoe", items=[Item(sku="A", qty=1), Item(sku="B", qty=2)], notes=[Note(text="gift")])
    s.add(o)
    s.commit()
    item_a, note = o.items[0], o.notes[0]
    s.expunge(o)
    print(st(o), st(item_a), st(note))
    s.add(o)
    print(st(o), st(item_a), st(note))

    s.execute(Item.__table__.update().values(qty=9))
    o.items[0].qty = 5
    s.refresh(o)
    print(o.items, item_a.qty)
    s.expire(o)
    print(item_a.qty, o.items)

    s.delete(o)
    s.flush()
    print(st(item_a), st(note), note.order_id)
    s.commit()
    print(s.scalars(select(Item)).all(), s.scalars(select(Note)).all(), note.order)

with Session(engine) as s:
    o2 = Order(customer="yan", items=[Item(sku="C", qty=3)])
    s.add(o2)
    s.commit()
    o2.items = [Item(sku="D", qty=4)]
    s.commit()
    print(s.scalars(select(Item)).all())
    s.expunge_all()
    print(st(o2), o2.customer)
