p = Parent(name='p1', children=[Child(name='c1'), Child(name='c2')])
p2 = Parent(name='p2', children=[Child(name='c3')])
session.add_all([p, p2])
session.commit()
session.delete(p)
session.commit()
print(session.query(Child).count())
session.add(Note(parent_id=999))
try:
    session.commit()
except IntegrityError:
    print('FK violation')
    session.rollback()
session.add(Note(parent_id=p2.id))
session.commit()
session.delete(p2)
try:
    session.commit()
except IntegrityError:
    print('still referenced')
    session.rollback()
print(session.query(Parent).count(), session.query(Child).count(), session.query(Note).count())
