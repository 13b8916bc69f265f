session = Session(engine)
session.rollback()
order = Order(lines=[Line(sku="A1")])
session.add(order)
session.commit()
print("dirty after commit:", session.dirty)
order.status = order.status
print("dirty after same-value set:", names(session.dirty), session.is_modified(order))
session.flush()
order.status = "paid"
order.lines.append(Line(sku="B2"))
session.flush()
session.delete(order.lines[0])
session.commit()
order.status = "shipped"
session.rollback()
print(order.status)
session.close()
