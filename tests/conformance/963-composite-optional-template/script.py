with Session(engine) as s:
    o1 = Order(total=Money(10, "EUR"), billing=Address("Main St 1", "Oslo", None))
    o2 = Order(
        total=Money(25, "USD"),
        shipping=Address("Elm 2", "Bergen", "5003"),
        billing=Address("Elm 2", "Bergen", "5003"),
    )
    s.add_all([o1, o2])
    s.commit()
    print(o1.shipping, o2.shipping)
    print(o1.billing)
    print(o1.total_amount, o1.total_currency, o2.ship_city, o2.city)
    print(s.execute(select(Order.total, Order.shipping).order_by(Order.id)).all())
    print(s.scalars(select(Order).where(Order.shipping == None)).all())
    print(s.scalars(select(Order).filter_by(total=Money(25, "USD"))).one())
    print(select(Order.id).where(Order.total > Money(5, "AAA")))
    o1.total = Money(11, "EUR")
    s.flush()
    print(o1.total)
    o2.shipping = None
    print(o2.ship_street, o2.ship_zip)
    s.commit()
    print(s.execute(select(Order.__table__)).all())
    row = s.execute(select(Order.total).where(Order.id == 2)).one()
    print(row.total, row[0].amount)
