with Session(engine) as session:
    with session.begin():
        session.add_all([Stock(item="mask", qty=10), Stock(item="gel", qty=4)])

    def take(item, n):
        with session.begin():
            row = session.query(Stock).filter_by(item=item).one()
            if row.qty < n:
                raise ValueError(f"only {row.qty} {item}")
            row.qty -= n
            return row.qty

    print("left:", take("mask", 3))
    try:
        take("gel", 9)
    except ValueError as e:
        print("refused:", e)
    try:
        with session.begin():
            session.add(Stock(item="mask", qty=1))
    except Exception as e:
        print("error:", type(e).__name__)
    print([(s.item, s.qty) for s in session.query(Stock).order_by(Stock.id)])
