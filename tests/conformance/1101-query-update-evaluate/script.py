session = Session(engine)
session.add_all([
    Product(name="pen", price=2, stock=100, category="office"),
    Product(name="desk", price=150, stock=3, category="furniture"),
    Product(name="chair", price=80, stock=10, category="furniture"),
    Product(name="lamp", price=25, category=None),
])
session.commit()
items = session.scalars(select(Product).order_by(Product.id)).all()
print(items)

# auto -> evaluate: objects already loaded get the new value in Python
n = session.query(Product).filter(Product.category == "furniture").update({Product.price: Product.price * 2})
print(n, items[1].price, items[2].price)

# explicit evaluate over something the evaluator cannot run
for crit in [Product.name.like("p%"), func.length(Product.name) > 3, Product.name.contains("e")]:
    try:
        session.query(Product).filter(crit).update({"stock": 0}, synchronize_session="evaluate")
    except Exception as e:
        print(type(e).__name__, "Could not evaluate" in str(e))

# bad strategy names
for bad in ["yes", True, "Fetch"]:
    try:
        session.query(Product).filter(Product.id == 1).delete(synchronize_session=bad)
    except Exception as e:
        print(type(e).__name__, e)

# IN and IS NULL evaluate fine
n = session.query(Product).filter(Product.name.in_(["pen", "lamp"]), Product.category.is_(None)).update(
    {"category": "misc"}, synchronize_session="evaluate")
print(n, items[3].category, items[0].category)

# fetch with a function in the criteria
n = session.query(Product).filter(func.length(Product.name) == 4).delete(synchronize_session="fetch")
print(n, [p.name for p in session.query(Product).order_by(Product.id)])
print(items[1] in session, items[3] in session)
session.commit()

# after commit everything is expired: evaluate leaves the objects alone
n = session.query(Product).filter(Product.price > 100).delete()
print(n, items[2] in session, items[0] in session)
try:
    print(items[2].name)
except Exception as e:
    print(type(e).__name__)
session.commit()
print(session.query(Product).count(), session.query(Product).filter_by(name="nothing").delete())
print(session.execute(select(Product.name, Product.price, Product.stock).order_by(Product.id)).all())
