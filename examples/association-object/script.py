mask = Product(name="Mask", price=0.5)
gloves = Product(name="Gloves", price=2.25)
clinic = Order(customer="Clinic A")
clinic.items.append(OrderItem(product=mask, quantity=100))
clinic.items.append(OrderItem(product=gloves, quantity=4))
ward = Order(customer="Ward 7", items=[OrderItem(product=mask)])  # quantity defaults to 1
session.add_all([clinic, ward])
session.commit()

for order in session.query(Order).order_by(Order.id):
    total = 0
    for item in order.items:
        line = item.quantity * item.product.price
        total += line
        print(f"{order.customer}: {item.quantity} x {item.product.name} = {line:.2f}")
    print(f"{order.customer} total: {total:.2f}")

print("mask ordered by:", [oi.order.customer for oi in mask.order_items])
