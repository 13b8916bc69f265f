with Session(engine) as session:
    north = Region(name="North")
    south = Region(name="South")
    data = [(north, "pens", 5), (north, "ink", 12), (south, "pens", 7), (north, "pens", 3), (south, "paper", 20)]
    for region, product, amount in data:
        session.add(Sale(region=region, product=product, amount=amount))
    session.commit()

    print("count:", session.scalar(select(func.count()).select_from(Sale)))
    print("count id:", session.scalar(select(func.count(Sale.id))))
    print("sum:", session.scalar(select(func.sum(Sale.amount))))
    print("max/min:", session.execute(select(func.max(Sale.amount), func.min(Sale.amount))).one())
    by_product = session.execute(
        select(Sale.product, func.sum(Sale.amount)).group_by(Sale.product).order_by(Sale.product)
    ).all()
    for product, total in by_product:
        print(f"{product:>6}: {total}")
    per_region = session.execute(
        select(Region.name, func.count(Sale.id)).join(Region.sales).group_by(Region.name).order_by(Region.name)
    ).all()
    print(per_region)
    print("big sales:", session.scalars(select(Sale.amount).where(Sale.amount >= 7).order_by(Sale.amount)).all())
