with Session(engine) as s:
    p = Product(name="lamp", price=10)
    s.add(p)
    s.commit()
    p.price = 12
    s.commit()
    p.name = "desk lamp"
    p.price = 15
    s.commit()
    p.price = 15
    s.commit()
    print(p.name, p.price)
    print(s.execute(select(Change.field, Change.old, Change.new).order_by(Change.id)).all())
