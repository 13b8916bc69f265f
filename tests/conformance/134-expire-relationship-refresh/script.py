top = Shelf(label="top")
low = Shelf(label="low")
session.add_all([top, low])
top.jars.append(Jar(name="salt"))
top.jars.append(Jar(name="honey"))
session.commit()
print("in memory:", [j.name for j in top.jars])
session.expire(top, ["jars"])
print("reloaded:", [j.name for j in top.jars])

salt = top.jars[1]
salt.shelf_id = low.id
session.commit()
print("top still:", [j.name for j in top.jars], "| low:", [j.name for j in low.jars])
session.refresh(top)
print("top refreshed:", [j.name for j in top.jars])
print("salt shelf:", salt.shelf.label)
session.expire_all()
print("low now:", [j.name for j in low.jars])
