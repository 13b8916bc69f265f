data = {"Ana": [("pen", 2), ("desk", 120)], "Ben": [("pen", 2)], "Col": [], "Dee": [("lamp", 35), ("desk", 99)]}
for name, items in data.items():
    c = Customer(name=name)
    for item, price in items:
        c.purchases.append(Purchase(item=item, price=price))
    session.add(c)
session.commit()

desk_buyers = session.query(Customer).join(Customer.purchases).filter(Purchase.item == "desk").order_by(Customer.name).all()
print([c.name for c in desk_buyers])
big = session.query(Customer).join(Purchase).filter(Purchase.price > 30).distinct().order_by(Customer.id).all()
print([c.name for c in big])
pairs = session.query(Customer.name, Purchase.item).join(Purchase, Customer.id == Purchase.customer_id).order_by(Purchase.price).all()
print(pairs)
print(session.query(Customer).outerjoin(Customer.purchases).filter(Purchase.id == None).one().name)
print(session.query(Purchase).join(Purchase.customer).filter(Customer.name == "Dee").count())
