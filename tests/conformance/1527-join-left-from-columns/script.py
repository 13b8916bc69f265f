from sqlalchemy import create_engine, select, func, exc
from sqlalchemy.orm import Session

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([Customer(id=1, name="ann"), Customer(id=2, name="bob")])
    s.add_all([Order(id=10, customer_id=1), Order(id=11, customer_id=2), Order(id=12, customer_id=1)])
    s.add_all([Line(order_id=10, qty=3), Line(order_id=12, qty=4), Line(order_id=11, qty=7)])
    s.commit()

    # correlated "units bought per customer": the join's left side is `line` (columns clause)
    bought = (
        select(func.coalesce(func.sum(Line.qty), 0))
        .join(Order)
        .where(Order.customer_id == Customer.id)
        .scalar_subquery()
    )
    stmt = select(Customer.name, bought.label("units")).order_by(Customer.id)
    print(stmt)
    print(s.execute(stmt).all())

    # a WHERE-only table is never the left side: it stays a separate FROM
    stmt = select(Line.qty).where(Customer.name == "ann").join(Order).order_by(Line.id)
    print(stmt)
    print(s.scalars(stmt).all())

    # columns from two entities: the first one that can join wins
    stmt = select(Line.qty, Customer.name).join(Order, Order.id == Line.order_id)
    print(stmt)

    # Core tables: the WHERE criteria ARE candidates, so both sides can reach `orders`
    line, orders, customer = Line.__table__, Order.__table__, Customer.__table__
    try:
        print(select(line.c.qty).where(customer.c.name == "ann").join(orders))
    except exc.InvalidRequestError as e:
        print(type(e).__name__, e)
    print(select(line.c.qty).join(orders).where(orders.c.customer_id == 1))

    # two column entities that can both join to the target: ambiguous
    try:
        print(select(Line.qty, Customer.name).join(Order))
    except exc.InvalidRequestError as e:
        print(type(e).__name__, e)
