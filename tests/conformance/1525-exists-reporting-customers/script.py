with Session(engine) as s:
    cs = [Customer(name=n, city=c) for n, c in [("ann", "Oslo"), ("bob", "Rome"), ("cy", "Oslo"), ("dee", "Lima")]]
    ps = [Product(name=n) for n in ["tea", "jam", "pie", "oil"]]
    s.add_all(cs + ps)
    s.flush()
    for cust, day, items in [(0, 1, [(0, 2), (1, 1)]), (0, 5, [(0, 1)]), (1, 2, [(2, 4)]), (2, 3, [(0, 1), (2, 1)]), (1, 9, [])]:
        s.add(Order(customer_id=cs[cust].id, day=day, lines=[Line(product_id=ps[p].id, qty=q) for p, q in items]))
    s.commit()

    no_orders = select(Customer.name).where(~exists().where(Order.customer_id == Customer.id))
    print(no_orders)
    print(s.scalars(no_orders).all())
    never_sold = select(Product.name).where(not_(exists(select(Line.id).where(Line.product_id == Product.id)))).order_by(Product.name)
    print(s.scalars(never_sold).all())
    empty_orders = select(Order.id).where(~Order.lines.any())
    print(s.scalars(empty_orders).all())
    print(s.scalar(select(exists().where(Customer.city == "Lima"))), s.scalar(select(exists().where(Customer.city == "Paris"))))
    latest = select(func.max(Order.day)).where(Order.customer_id == Customer.id).correlate(Customer).scalar_subquery()
    print(s.execute(select(Customer.name, latest.label("last_day")).order_by(Customer.id)).all())
    o2 = aliased(Order)
    last_orders = select(Customer.name, Order.id, Order.day).join(Order).where(~exists().where(and_(o2.customer_id == Order.customer_id, o2.day > Order.day))).order_by(Customer.name)
    print(s.execute(last_orders).all())
    tea_buyers = select(Customer.name).where(Customer.orders.any(Order.lines.any(Line.product_id == ps[0].id))).order_by(Customer.name)
    print(s.scalars(tea_buyers).all())
    qty = select(func.coalesce(func.sum(Line.qty), 0)).join(Order).where(Order.customer_id == Customer.id).scalar_subquery()
    print(s.execute(select(Customer.name, qty.label("units")).where(qty > 1).order_by(qty.desc())).all())
    same_city = aliased(Customer)
    print(s.execute(select(Customer.name, same_city.name).join(same_city, and_(Customer.city == same_city.city, Customer.id < same_city.id))).all())
    print(s.query(Customer).filter(Customer.orders.any()).count(), s.query(Order.customer_id).distinct().count())
