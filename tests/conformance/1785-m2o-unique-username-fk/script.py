with Session(engine) as s:
    ann, bob = Account(username="ann"), Account(username="bob")
    s.add_all([ann, bob])
    s.commit()
    o1 = Order(total=10, account=ann)
    o2 = Order(total=20)
    o2.account = bob
    s.add_all([o1, o2])
    s.flush()
    print(o1.account_username, o2.account_username)
    s.commit()
    o3 = Order(total=5, account=ann)
    s.add(o3)
    s.commit()
    print(o3.account_username, [o.total for o in ann.orders])
    o1.account = bob
    s.commit()
    print(s.execute(select(Order.id, Order.account_username).order_by(Order.id)).all())
    print(sorted(o.total for o in bob.orders))
    o2 = s.get(Order, 2)
    o2.account = None
    print(s.is_modified(o2))
    s.commit()
    print(o2.account_username, o2.account)
    fresh = s.scalars(select(Order).where(Order.id == 3)).one()
    fresh.account = ann
    print(s.is_modified(fresh), fresh in s.dirty)
    s.commit()
    print(s.execute(select(Order.id, Order.account_username).order_by(Order.id)).all())
