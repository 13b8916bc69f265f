from sqlalchemy import case, func
from sqlalchemy.exc import InvalidRequestError

session = Session()
session.add_all([
    Product(name="pen", category="office", price=3),
    Product(name="desk", category="furniture", price=250),
    Product(name="lamp", category="furniture", price=40),
    Product(name="stapler", category="office", price=12),
])
session.commit()
products = session.query(Product).order_by(Product.id).all()

n = session.query(Product).filter(Product.category == "office").update({Product.name: func.upper(Product.name)})
print(n, [p.name for p in products])
session.query(Product).filter(Product.price > 30).update(
    {"category": case((Product.price > 100, "big"), else_="small")}, synchronize_session="evaluate"
)
print([p.category for p in products])
session.query(Product).update({Product.name: func.lower(Product.name)}, synchronize_session=False)
print([p.name for p in products])
session.expire_all()
print([p.name for p in products])
for label, q, sync in [
    ("like", session.query(Product).filter(Product.name.like("%a%")), "evaluate"),
    ("func", session.query(Product).filter(func.length(Product.name) > 3), "evaluate"),
    ("in", session.query(Product).filter(Product.id.in_([1, 2])), "evaluate"),
    ("fetch like", session.query(Product).filter(Product.name.like("%a%")), "fetch"),
]:
    try:
        print(label, q.update({Product.category: "misc"}, synchronize_session=sync), [p.category for p in products])
    except InvalidRequestError as e:
        print(label, "InvalidRequestError", str(e).split(":")[0])
try:
    session.query(Product).filter(Product.name.startswith("l") | Product.name.contains("e")).delete(synchronize_session="evaluate")
except InvalidRequestError as e:
    print("delete", str(e).split(":")[0])
print(session.query(Product).filter(Product.name.contains("e")).delete(), len(session.query(Product).all()))
session.commit()
print(session.query(Product).order_by(Product.id).all())
