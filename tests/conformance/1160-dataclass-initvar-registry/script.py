u1 = User(name="some_user", password="xyz", repeat_password="xyz")
print(u1.password_hash)
print(u1)
try:
    User(name="x", password="a", repeat_password="b")
except ValueError as e:
    print("ValueError", e)
with Session(engine) as s:
    s.add(u1)
    s.add(Item("hat"))
    s.add(Item("coat", 3))
    s.commit()
    print(s.scalars(select(Item).order_by(Item.qty.desc())).all())
    print(s.execute(select(User.name, User.password_hash)).all())
