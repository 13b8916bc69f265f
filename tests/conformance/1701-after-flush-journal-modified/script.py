with Session(engine) as s:
    a, b = Account(owner="ann", balance=10), Account(owner="bob")
    s.add_all([a, b])
    s.commit()
    print(flushes, s.scalars(select(Journal.entry).order_by(Journal.id)).all())
    a.balance += 5
    b.balance = 7
    s.flush()
    print(flushes, len(s.new))
    s.commit()
    s.delete(b)
    s.commit()
    print(flushes, s.scalars(select(Journal.entry).order_by(Journal.id)).all())
    print(s.scalar(select(func.count(Journal.id))))
