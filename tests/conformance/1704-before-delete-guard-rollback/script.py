with Session(engine) as s:
    misc = Category(name="misc", system=True)
    toys = Category(name="toys", products=[Product(name="ball"), Product(name="kite")])
    s.add_all([misc, toys])
    s.commit()
    s.delete(misc)
    try:
        s.commit()
    except ProtectedError as e:
        print("ProtectedError:", e)
        s.rollback()
    print(misc in s, s.get(Category, 1) is misc, s.scalar(select(func.count(Category.id))))
    s.delete(toys)
    s.commit()
    print(s.execute(select(Product.name, Product.category_id).order_by(Product.id)).all())
