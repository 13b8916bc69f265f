with Session(engine) as s:
    c1 = Cart(owner="ann", lines=[CartLine(sku="A"), CartLine(sku="B", qty=3)])
    c2 = Cart(owner="bo")
    s.add_all([c1, c2])
    s.commit()
    line_b = c1.lines[1]
    line_b.cart = c2
    s.commit()
    print([(l.sku, l.cart_id) for l in s.query(CartLine).order_by(CartLine.id)])
    line_a = c1.lines[0]
    line_a.cart = None
    s.commit()
    print([(l.sku, l.cart_id) for l in s.query(CartLine).order_by(CartLine.id)])
    c2.lines = []
    s.commit()
    print(s.query(CartLine).count(), [c.owner for c in s.query(Cart).order_by(Cart.id)])
