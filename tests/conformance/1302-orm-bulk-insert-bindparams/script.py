with Session(engine) as session:
    # Keys naming no attribute are dropped; the statement's own bindparam() names are kept.
    session.execute(insert(Product), [{"sku": "A1", "colour": "red"}, {"sku": "A2", "stock": 4}])
    stmt = insert(Product).values(label=bindparam("lbl"))
    session.execute(stmt, [{"sku": "B1", "lbl": "Bolt"}, {"lbl": "Nut", "sku": "B2"}, {"sku": "B3", "lbl": "Washer", "stock": 7}])
    result = session.execute(insert(Product).returning(Product.sku, Product.stock), [{"sku": "C1", "stock": 1}, {"stock": 2, "sku": "C2"}])
    print(result.all())
    session.commit()
    print(session.scalars(select(Product).order_by(Product.id)).all())
