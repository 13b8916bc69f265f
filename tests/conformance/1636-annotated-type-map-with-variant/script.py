print(CreateTable(User.__table__).compile(engine))
print(CreateTable(Purchase.__table__).compile(engine))
print([(c.name, repr(c.type), c.nullable) for c in Purchase.__table__.columns])
with Session(engine) as s:
    u = User(name="ann", email="a@x.io")
    u.orders = [Purchase(amount=Decimal("19.99")), Purchase(amount=Decimal("5.5"), note="gift")]
    s.add(u)
    s.commit()
    print(u.logins, u.nickname, [p.amount for p in u.orders])
    print(s.scalar(select(func.sum(Purchase.amount))), type(s.scalar(select(Purchase.amount))).__name__)
    print(User.__table__.c.email.type.length, User.__table__.c.id.type, Purchase.__table__.c.user_id.type)
    s.execute(Purchase.__table__.delete())
    s.commit()
