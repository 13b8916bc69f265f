from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload, noload, lazyload, immediateload, raiseload, subqueryload, contains_eager, aliased

with Session(engine) as s:
    for n, city, totals in [("ann", "Oslo", [10, 20]), ("bob", "Rome", [5]), ("cy", "Lima", [])]:
        c = Customer(name=n, address=Address(city=city), orders=[Order(total=t, lines=[Line(sku=f"s{t}")]) for t in totals])
        s.add(c)
    s.commit()
with Session(engine) as s:
    stmts = [
        select(Customer),
        select(Customer).options(joinedload(Customer.orders)),
        select(Customer).options(joinedload(Customer.orders, innerjoin=True)),
        select(Customer).options(noload(Customer.address)),
        select(Customer).options(lazyload(Customer.address)),
        select(Customer).options(selectinload(Customer.orders)),
        select(Order).options(joinedload(Order.customer)).where(Order.total > 5),
        select(Order).join(Order.customer).options(contains_eager(Order.customer)).order_by(Order.id),
        select(Customer).where(Customer.name == "ann").options(joinedload(Customer.orders).joinedload(Order.lines)),
        select(Customer.name).join(Customer.address),
    ]
    for st in stmts:
        print(st)
        res = s.scalars(st).unique().all()
        print("->", res)
    c = s.scalars(select(Customer).where(Customer.name == "ann")).one()
    print(c.orders, [len(o.lines) for o in c.orders], c.address.city)
    o = aliased(Order)
    st = select(Customer).join(Customer.orders.of_type(o)).options(contains_eager(Customer.orders.of_type(o))).where(o.total > 15)
    print(st)
    print([(x.name, x.orders) for x in s.scalars(st.execution_options(populate_existing=True)).unique()])
