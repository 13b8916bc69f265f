with Session(engine) as session:
    new_account = Account(identifier="account_01", account_transactions=[AccountTransaction(description="initial deposit", amount=500), AccountTransaction(description="transfer", amount=1000)])
    session.add(new_account)
    session.commit()
    existing = session.scalar(select(Account).filter_by(identifier="account_01"))
    existing.account_transactions.add_all([AccountTransaction(description="withdrawal", amount=-29), AccountTransaction(description="transfer", amount=-200)])
    session.commit()
    print(existing.account_transactions.select())
    print(session.scalars(existing.account_transactions.select().where(AccountTransaction.amount < 0)).all())
    print(session.scalars(existing.account_transactions.select().limit(2)).all())
    print(session.scalar(select(func.count()).select_from(existing.account_transactions.select().subquery())))
    try:
        existing.account_transactions[0]
    except Exception as e:
        print(type(e).__name__, e)
    try:
        len(existing.account_transactions)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        existing.account_transactions = []
    except Exception as e:
        print(type(e).__name__, e)
    try:
        list(existing.account_transactions)
    except Exception as e:
        print(type(e).__name__, e)
    t = session.scalars(existing.account_transactions.select().where(AccountTransaction.description == "withdrawal")).one()
    existing.account_transactions.remove(t)
    session.commit()
    print(session.execute(select(AccountTransaction.description, AccountTransaction.amount).order_by(AccountTransaction.id)).all())
    session.execute(existing.account_transactions.insert(), [{"description": "fee", "amount": -5}, {"description": "fee", "amount": -6}])
    session.execute(existing.account_transactions.update().values(amount=AccountTransaction.amount * 10).where(AccountTransaction.description == "fee"))
    session.commit()
    print([(t.description, t.amount) for t in existing.old_style], existing.old_style.count(), existing.old_style.filter(AccountTransaction.amount > 0).all())
    session.execute(existing.account_transactions.delete().where(AccountTransaction.amount < -50))
    print(session.scalars(existing.account_transactions.select()).all())
    s2 = Account(identifier="a2")
    s2.account_transactions.add(AccountTransaction(description="x", amount=1))
    session.add(s2)
    session.flush()
    print(s2.id, session.scalar(select(func.count()).where(AccountTransaction.account_id == s2.id)))
    session.delete(existing)
    session.commit()
    print(session.execute(select(AccountTransaction.account_id, AccountTransaction.amount)).all())
