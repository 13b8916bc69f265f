print(update(Account).values(email="a@x.org"))
print(update(Account).values({Account.email: "b@x.org", Account.full_name: "Ann Lee"}))
print(update(Account).where(Account.id == 1).values(full_name="Bo Diddley", balance=Money(5, "EUR")))
print(Account.balance is Account.balance, {Account.balance: 1}[Account.balance])
with Session(engine) as s:
    s.add_all([Account(email="ANN@X.ORG", first="ann", last="a", balance=Money(10, "USD")),
               Account(email="bob@x.org", first="bob", last="b", balance=Money(20, "USD"))])
    s.commit()
    s.execute(update(Account).where(Account.id == 2).values({Account.full_name: "Robert Brown", Account.email: "rb@x.org"}))
    s.execute(update(Account).where(Account.balance == Money(10, "USD")).values(balance=Money(11, "GBP")))
    print(s.scalars(select(Account).order_by(Account.id)).all())
    s.execute(insert(Account).values({Account.email: "cy@x.org", Account.full_name: "Cy Young", Account.balance: Money(0, "JPY")}))
    print(s.execute(select(Account.first, Account.last, Account.balance).where(Account.id == 3)).one())
    try:
        s.execute(update(Account).values({Account.balance: (1, "USD")}))
    except Exception as e:
        print(type(e).__name__, e)
    print(s.scalars(select(Account.email).order_by(Account.id)).all())
