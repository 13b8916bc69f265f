k = Light(name="kitchen")
session.add(k)
session.commit()
k.on = True
k.level = 80
session.expire(k)
print("after expire:", k.on, k.level)
k.level = 10
session.refresh(k)
print("after refresh:", k.level, session.is_modified(k))
k.on = True
session.flush()
session.expire(k, ["on"])
print("flushed value survives:", k.on)
session.rollback()
print("rolled back:", k.on)
print([(l.name, l.on, l.level) for l in session.query(Light)])
