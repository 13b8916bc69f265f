with Session(engine) as session:
    session.add_all([
        Product(name="lamp", attrs={"color": "red", "watts": 40, "tags": ["a", "b"], "dim": {"h": 30, "w": 12.5}, "ok": True}),
        Product(name="desk", attrs={"color": "oak", "watts": 0, "tags": [], "dim": {"h": 75, "w": 140.0}, "ok": False}),
        Product(name="fan", attrs={"color": "white", "watts": 55}),
    ])
    session.commit()
    stmt = select(Product.name).where(Product.attrs["color"].as_string() == "red")
    print(stmt)
    print(session.scalars(stmt).all())
    stmt = select(Product.name, Product.attrs["watts"].as_integer().label("w")).order_by(Product.attrs["watts"].as_integer().desc())
    print(stmt)
    print(session.execute(stmt).all())
    print(session.execute(select(Product.name, Product.attrs["dim"]).order_by(Product.id)).all())
    print(session.scalars(select(Product.attrs[("dim", "w")].as_float()).order_by(Product.id)).all())
    print(session.scalars(select(Product.attrs["tags"][0]).order_by(Product.id)).all())
    print(session.scalars(select(Product.attrs["ok"].as_boolean()).order_by(Product.id)).all())
    print(session.scalars(select(Product.attrs["dim"]["h"].as_numeric(10, 2)).order_by(Product.id)).all())
    print(session.scalars(select(Product.attrs["tags"].as_json()).order_by(Product.id)).all())
    t = Product.__table__
    print(select(t.c.attrs["watts"]).where(t.c.attrs["watts"].as_integer() > 10))
    print(session.execute(select(t.c.name).where(t.c.attrs["watts"].as_integer().between(1, 50))).scalars().all())
    try:
        Product.attrs.as_string()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        Product.name.as_string()
    except AttributeError as e:
        print("AttributeError")
    session.execute(Product.__table__.delete())
    session.commit()
