u = User(firstname="a", lastname="b")
print(object_session(u))
session = Session(engine)
session.add(u)
print(object_session(u) is session)
session.flush()
session.add_all([Address(user_id=u.id), Address(user_id=u.id)])
print(u.address_count)
session.commit()
session.close()
print(object_session(u))
try:
    u.address_count
except AttributeError:
    print("AttributeError")
