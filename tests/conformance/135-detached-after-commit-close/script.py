def create(item, qty):
    with SessionLocal() as session:
        order = Order(item=item, qty=qty)
        session.add(order)
        session.commit()
        print("created id", order.id)
        return order


o1 = create("tea", 3)
print("id still known?")
try:
    print(o1.qty)
except Exception as e:
    print("error:", type(e).__name__)

with SessionLocal() as session:
    o2 = session.get(Order, 1)
    print("loaded", o2.item, o2.qty)
print("after close:", o2.item)
o2.qty = 10
with SessionLocal() as session:
    session.add(o2)
    session.commit()
    print("re-attached qty:", session.get(Order, 1).qty)
print(o1.item)
