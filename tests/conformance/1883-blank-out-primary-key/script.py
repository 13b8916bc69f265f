session = Session(engine)
order = Order(id=1, code="A", lines=[OrderLine(line_no=1, sku="x"), OrderLine(line_no=2, sku="y")])
session.add(order)
session.commit()


def attempt(label):
    try:
        session.flush()
        print(label, "flushed")
    except AssertionError as e:
        print(label, type(e).__name__, str(e).split(" on instance")[0])
    session.rollback()


order.lines.remove(order.lines[0])
attempt("remove")
session.delete(order)
attempt("delete parent")
line = session.get(OrderLine, (1, 2))
line.order = None
attempt("many-to-one None")
print(session.is_active, [l.sku for l in order.lines])
session.delete(line)
session.flush()
print(session.execute(select(OrderLine.order_id, OrderLine.line_no)).all())
session.commit()
print(session.execute(select(OrderLine.order_id, OrderLine.line_no, OrderLine.sku)).all())
order.lines.remove(order.lines[0])
session.commit()
