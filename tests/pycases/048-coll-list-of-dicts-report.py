orders = [
    {"id": 1, "customer": "ann", "total": 25.0, "paid": True},
    {"id": 2, "customer": "bob", "total": 12.5, "paid": False},
    {"id": 3, "customer": "ann", "total": 7.25, "paid": True},
]
by_customer = {}
for o in orders:
    by_customer[o["customer"]] = by_customer.get(o["customer"], 0) + o["total"]
print(by_customer)
unpaid = [o["id"] for o in orders if not o["paid"]]
print(unpaid)
print(max(orders, key=lambda o: o["total"])["id"])
print(sorted(orders, key=lambda o: o["total"])[0])
