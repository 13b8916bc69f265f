lisbon = Store(city="Lisbon", sales=[Sale(amount=10.1), Sale(amount=20.2)])
porto = Store(city="Porto", sales=[Sale(amount=0.1), Sale(amount=0.2)])
faro = Store(city="Faro")
session.add_all([lisbon, porto, faro])
session.commit()
for st in session.query(Store).order_by(Store.city):
    print(st.city, st.revenue, round(st.revenue, 2), f"{st.revenue:.2f}")
best = max(session.query(Store).all(), key=lambda s: s.revenue)
print("best:", best.city)
by_city = {s.city: [x.amount for x in s.sales] for s in session.query(Store)}
print(by_city)
print(sorted(by_city, key=lambda c: -len(by_city[c])))
