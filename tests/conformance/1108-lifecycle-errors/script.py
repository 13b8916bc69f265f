from sqlalchemy.orm.exc import DetachedInstanceError
from sqlalchemy.exc import InvalidRequestError


def load_customer(name):
    session = Session()
    c = session.query(Customer).filter_by(name=name).first()
    session.close()
    return c


s = Session()
c = Customer(name="Ada", orders=[Order(item="book"), Order(item="pen")])
s.add(c)
s.commit()
s.close()

try:
    print(c.name)
except DetachedInstanceError as e:
    print("DetachedInstanceError on attribute after commit+close")

c2 = load_customer("Ada")
print(c2.name, inspect(c2).detached)
try:
    print(len(c2.orders))
except DetachedInstanceError:
    print("lazy load after close")

s2 = Session(expire_on_commit=False)
c3 = s2.query(Customer).first()
c3.name = "Ada L."
s2.commit()
s2.close()
print(c3.name, inspect(c3).detached)

s3 = Session()
c3 = s3.merge(c3)
print(len(c3.orders), inspect(c3).persistent)
o = c3.orders[0]
s3.expunge(o)
print(inspect(o).detached, o.item)
try:
    o.customer
except DetachedInstanceError:
    print("detached lazy")
s3.add(o)
print(o.customer.name)

s4 = Session()
try:
    s4.add(c3)
except InvalidRequestError as e:
    print(type(e).__name__)
s3.close()
s4.add(c3)
print(inspect(c3).pending, inspect(c3).persistent)
s4.refresh(c3)
print(c3.name, [x.item for x in c3.orders])
try:
    s4.refresh(Customer(name="nobody"))
except InvalidRequestError as e:
    print(type(e).__name__)
s4.close()
new = Customer(name="Bo")
print(inspect(new).transient)
s5 = Session()
s5.add(new)
print(inspect(new).pending)
s5.flush()
print(inspect(new).persistent, new.id)
s5.rollback()
print(inspect(new).transient, new.id)
s5.delete(c3)
