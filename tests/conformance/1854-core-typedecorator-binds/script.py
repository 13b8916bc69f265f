with engine.begin() as conn:
    conn.execute(insert(items), [
        {"code": "ab", "price": 1.5},
        {"code": "cd", "price": 2.25},
        {"code": "ef", "price": 3.0},
    ])
    print(conn.execute(select(items.c.id).where(items.c.price.between(1, 2.5))).all())
    print(conn.execute(select(items.c.id).where(items.c.price.in_([1.5, 3.0]))).all())
    print(conn.execute(select(items.c.id).where(items.c.code.in_(["ab", "ef"]))).all())
    print(conn.execute(select(items.c.id).where(items.c.code.not_in(["ab"]))).all())
    print(conn.execute(select(case((items.c.price == 2.25, "hit"), else_="miss")).order_by(items.c.id)).all())
    print(conn.execute(select(case((items.c.code == "cd", items.c.code), else_=items.c.code)).order_by(items.c.id)).all())
    conn.execute(update(items).where(items.c.id == 1).values(price=9.99, code="zz"))
    conn.execute(update(items).where(items.c.code == "cd").values(price=items.c.price + 1))
    print(conn.execute(select(items.c.code, items.c.price).order_by(items.c.id)).all())
    print(conn.execute(select(func.max(items.c.price))).scalar())
    print(conn.execute(select(func.min(items.c.price), func.max(items.c.code))).one())
    print(conn.execute(select(func.coalesce(items.c.price, 0), func.count(items.c.price)).order_by(items.c.id)).all())
    print(conn.execute(select(func.sum(items.c.price))).scalar())
    print(conn.execute(select(items.c.id).where(2 < items.c.price).order_by(items.c.id)).all())
