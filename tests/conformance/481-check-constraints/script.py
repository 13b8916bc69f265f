print(CreateTable(Product.__table__).compile(engine))
print(CreateTable(ratings).compile(engine))
with Session(engine) as session:
    session.add(Product(sku="AB12", name="pen", price=1.5, stock=3))
    session.commit()
    for bad in (Product(sku="AB123", name="cap"), Product(sku="CD34", name="cup", price=-1),
                Product(sku="EF56", name="mug", stock=101)):
        session.add(bad)
        try:
            session.commit()
            print("ok")
        except IntegrityError as e:
            session.rollback()
            print(type(e).__name__, e.orig, str(e).splitlines()[0])
    p = session.get(Product, 1)
    p.price = -5
    try:
        session.flush()
    except IntegrityError as e:
        print(e.orig)
        session.rollback()
    print(p.price)
with engine.begin() as conn:
    conn.execute(ratings.insert(), [{"stars": 3}, {"stars": 5}])
    for stars, votes in ((0, 1), (3, 6)):
        try:
            with conn.begin_nested():
                conn.execute(ratings.insert().values(stars=stars, votes=votes))
        except IntegrityError as e:
            print(e.orig)
