from sqlalchemy import select
from sqlalchemy.orm import with_parent
from sqlalchemy.orm import joinedload, selectinload, subqueryload
with Session.begin() as s:
    c1 = Customer(name="ann", orders=[Order(lines=[Line(sku="a", qty=1), Line(sku="b", qty=2)]), Order(lines=[Line(sku="c", qty=5)])])
    c2 = Customer(name="bob", orders=[Order()])
    s.add_all([c1, c2, Customer(name="cy")])
with Session() as s:
    custs = s.query(Customer).options(selectinload(Customer.orders).joinedload(Order.lines)).order_by(Customer.id).all()
    for c in custs:
        print(c.name, [(o.id, sorted(l.sku for l in o.lines)) for o in c.orders])
    print(s.query(Customer.name, Order.id).outerjoin(Customer.orders).order_by(Customer.name, Order.id).all())
    print(s.query(Customer.name, Order.id).join(Order, isouter=True).filter(Order.id.is_(None)).all())
    ann = s.query(Customer).filter_by(name="ann").one()
    print(s.scalars(select(Order.id).where(with_parent(ann, Customer.orders)).order_by(Order.id)).all())
    o = s.get(Order, 1)
    print(s.query(Line.sku).with_parent(o).order_by(Line.sku).all())
    print(s.query(Customer).filter(Customer.orders.contains(o)).one().name)
    print(s.query(Order).options(subqueryload(Order.lines)).filter(Order.customer == ann).count())
    print(s.query(Line).filter(Line.order.has(Order.customer.has(name="ann"))).count())
    s.delete(o)
    s.commit()
    print(s.query(Line.sku).order_by(Line.sku).all(), [x.id for x in ann.orders])
