session = Session()
session.add_all([Item(name=f"item{i:02d}", category="odd" if i % 2 else "even") for i in range(1, 12)])
session.commit()
q = session.query(Item).order_by(Item.id.desc())
p = paginate(q, 1)
print(p, p.has_prev, p.has_next)
while p.has_next:
    p = paginate(q, p.page + 1)
    print(p, p.has_prev, p.has_next)
print(paginate(session.query(Item).filter_by(category="even").order_by(Item.name), 2, 2))
print(paginate(session.query(Item).filter(Item.id > 100), 1))
try:
    paginate(q, 0)
except ValueError as e:
    print(e)
print(q[2:4], q[-1:] if False else q[:1], q.limit(2).all(), q.first())
print(session.query(Item).order_by(Item.id).offset(9).all(), session.query(Item).limit(0).all())
total = session.query(Item).count()
print(total, [session.query(Item).order_by(Item.id).offset(o).limit(4).count() for o in range(0, total, 4)])
