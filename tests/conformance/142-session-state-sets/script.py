a = Lamp(room="hall", watts=40)
b = Lamp(room="desk", watts=60)
session.add(a)
session.add(a)
session.add(b)
print("new:", len(session.new), "dirty:", len(session.dirty), "deleted:", len(session.deleted))
session.commit()
print("new:", len(session.new))
a.watts = 45
print("dirty:", len(session.dirty), a in session.dirty, b in session.dirty)
print("modified:", session.is_modified(a), session.is_modified(b))
a.watts = 45
session.delete(b)
print("deleted:", len(session.deleted), b in session.deleted)
session.flush()
print("after flush:", len(session.dirty), len(session.deleted), b in session)
session.commit()
print([(l.room, l.watts) for l in session.query(Lamp)])
try:
    session.delete(Lamp(room="ghost"))
except Exception as e:
    print(type(e).__name__)
