u = User(email="a@b.com")
v = VerifiedUser(email="x@example.com")
try:
    VerifiedUser(email="x@other.com")
except ValueError as e:
    print("ValueError", e)
try:
    VerifiedUser(email="nope")
except ValueError as e:
    print("ValueError", e)
lo = Loose(email="nope")
print(lo.email)
with Session(engine) as s:
    s.add_all([u, v, lo])
    s.commit()
    print(s.execute(select(User.type, User.email).order_by(User.id)).all())
