from sqlalchemy import create_engine, inspect
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateTable

print(CreateTable(Order.__table__))
print(CreateTable(Customer.__table__))
print(inspect(Customer).relationships.keys(), inspect(Order).columns.keys())
engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
with Session(engine) as s:
    c = Customer(name="ann", orders=[Order(total=5), Order(total=7, note="gift")])
    s.add(c)
    s.commit()
    print([(o.id, o.note, o.customer.name) for o in c.orders], c.city)
    print(s.scalars(select(Customer.order_count)).all())
    o = s.scalars(select(Order).where(Order.note == "gift")).one()
    print(o.total, o.customer is c, Customer.orders.property.mapper.class_.__name__)
