with session_scope() as s:
    s.add(Item(name="a"))
    s.add_all([Item(name="b")])
    print(type(s).__name__, s.info["app"], s.info["ops"])
try:
    with session_scope() as s:
        s.add(Item(name="a"))
except Exception as e:
    print("outer", type(e).__name__)
with session_scope() as s:
    print(s.scalars(select(Item.name).order_by(Item.name)).all(), s.info)
print(SessionLocal.kw.get("expire_on_commit"), SessionLocal.class_.__name__)
s2 = SessionLocal(info={"x": 1})
print(s2.info)
s2.close()
