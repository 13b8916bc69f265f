s = Session(engine)
print(s.in_transaction(), s.get_transaction(), s.get_nested_transaction(), s.is_active)
o = Order(code="A1", lines=[Line(sku="x", comments=[Comment(body="c1"), Comment(body="c2")]), Line(sku="y")])
s.add(o)
print(s.in_transaction(), s.get_transaction() is not None, s.in_nested_transaction())
s.commit()
print(s.in_transaction(), s.get_transaction())
sp = s.begin_nested()
print(s.get_nested_transaction() is not None, s.in_nested_transaction(), s.is_active)
s.add(Order(code="A1"))
try:
    s.flush()
except Exception as e:
    print(type(e).__name__)
print(s.is_active)
sp.rollback()
print(s.is_active, s.in_nested_transaction(), s.get_nested_transaction())
line = o.lines[0]
o.lines.remove(line)
s.flush()
print(s.query(Comment.body, Comment.line_id).order_by(Comment.id).all())
print(s.query(Line.sku).all())
print([n.order_id for n in s.query(Note)], s.query(Line.sku).with_parent(o).all())
s.add(Note(order=o))
s.flush()
print(s.query(Note.id).with_parent(o).all())
try:
    s.query(Comment).with_parent(o).all()
except Exception as e:
    print(type(e).__name__, e)
s.add(Order(code="A1"))
try:
    s.commit()
except Exception as e:
    print(type(e).__name__)
print(s.is_active, s.in_transaction())
s.rollback()
print(s.is_active, s.query(Order).count())
