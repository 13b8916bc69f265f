u1 = User(name="u1", version_uuid="aaa")
session.add(u1)
session.commit()
u1.name = "u2"
u1.version_uuid = "bbb"
session.commit()
print(u1.name, u1.version_uuid)
u1.name = "u3"
session.commit()
print(u1.version_uuid)
d = Doc(body="one")
session.add(d)
session.commit()
print(d.rev)
d.body = "two"
session.commit()
print(d.rev)
session.commit()
print(d.rev)
print(session.execute(select(Doc.rev, Doc.body)).all())
