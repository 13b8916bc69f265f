with Session(engine) as s:
    s.add_all([Savings(owner="ann", balance=100, rate=2), Checking(owner="ann", balance=50, overdraft=10),
               Savings(owner="bob", balance=10, rate=3), Account(owner="cy", balance=5)])
    s.commit()
    r = s.execute(update(Savings).values(balance=Savings.balance + Savings.balance * Savings.rate / 100))
    print("interest applied to", r.rowcount)
    r = s.execute(update(Checking).where(Checking.balance < 100).values(frozen=True))
    print("frozen", r.rowcount)
    s.commit()
    print(s.scalars(select(Account).order_by(Account.id)).all())
    print(update(Savings).values(rate=0))
    n = s.query(Savings).filter(Savings.owner == "bob").delete()
    m = s.execute(delete(Checking).where(Checking.frozen)).rowcount
    s.commit()
    print(n, m, s.execute(select(Account.owner, Account.kind).order_by(Account.id)).all())
    print(s.scalar(select(func.count(Savings.id))), s.scalar(select(func.sum(Account.balance))))
