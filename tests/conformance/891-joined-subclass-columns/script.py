with Session(engine) as s:
    s.add_all([Savings("  ann lee ", rate=1.5), Checking(" bob ", overdraft=100), Savings("cy", rate=2.0), Account("dee")])
    s.commit()
    print(select(Savings.owner, Savings.rate))
    print(s.execute(select(Savings.owner, Savings.rate).order_by(Savings.id)).all())
    print(s.execute(select(Checking.id, Checking.overdraft)).all())
    print(s.scalars(select(Account.owner).order_by(Account.id)).all())
