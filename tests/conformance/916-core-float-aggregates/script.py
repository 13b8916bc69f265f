with Session(engine) as session:
    session.add_all([
        Sale(region="north", amount=0.1, units=1),
        Sale(region="north", amount=0.2, units=2),
        Sale(region="north", amount=0.3, units=None),
        Sale(region="south", amount=2.5, units=4),
        Sale(region="south", amount=1 / 3, units=5),
        Sale(region="south", amount=0.7, units=6),
    ])
    session.commit()
    print(session.scalar(select(func.sum(Sale.amount))))
    print(session.scalar(select(func.avg(Sale.amount))))
    print(session.execute(select(Sale.region, func.sum(Sale.amount), func.avg(Sale.amount), func.sum(Sale.units), func.avg(Sale.units))
                          .group_by(Sale.region).order_by(Sale.region)).all())
    print(session.execute(select(func.total(Sale.units), func.sum(Sale.units), func.count(Sale.units))).one())
    running = select(Sale.id, func.sum(Sale.amount).over(order_by=Sale.id).label("running"),
                     func.avg(Sale.amount).over(partition_by=Sale.region, order_by=Sale.id,
                                                rows=(-1, 0)).label("moving"))
    for row in session.execute(running.order_by(Sale.id)):
        print(row.id, row.running, row.moving)
    print(session.execute(text("SELECT sum(amount), avg(amount), total(amount) FROM sales WHERE region = 'north'")).one())
    print(session.scalar(select(func.sum(Sale.amount)).where(Sale.id > 100)))
    print(session.scalar(select(func.sum(func.distinct(Sale.units)))))
    session.execute(Sale.__table__.delete())
    session.commit()
