with Session(engine) as s:
    s.add_all([Product(name="pen", price=2), Product(name="ink", price=7)])
    s.commit()
    pen = s.get(Product, 1)
    pen.price = 3
    s.commit()
    pen.name = "gel pen"
    pen.price = 4
    s.commit()
    pen.price = 4
    s.commit()
    print(pen.version, s.get(Product, 2).version)
    s.delete(s.get(Product, 2))
    s.commit()
    for row in s.execute(select(audit).order_by(audit.c.id)):
        print(row)
    s.add(Product(name="nib", price=1))
    try:
        with s.begin_nested():
            s.add(Product(name=None, price=1))
    except Exception as e:
        print(type(e).__name__)
    s.commit()
    print(s.scalar(select(func.count()).select_from(audit)), s.scalars(select(Product.name).order_by(Product.id)).all())
