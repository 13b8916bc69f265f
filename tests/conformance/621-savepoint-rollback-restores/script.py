with Session(engine) as session:
    ann, bob = session.scalars(select(Account).order_by(Account.id)).all()
    sp = session.begin_nested()
    print(type(sp).__name__, sp.nested, sp.is_active, session.in_nested_transaction())
    ann.balance -= 30
    bob.balance += 30
    carol = Account(owner="carol", balance=5)
    session.add(carol)
    session.delete(bob)
    session.flush()
    print(session.scalar(select(Account.balance).where(Account.owner == "ann")), carol.id)
    sp.rollback()
    print(sp.is_active, session.in_nested_transaction(), session.in_transaction())
    print("balance" in ann.__dict__, ann.balance, bob.balance, bob in session)
    print(carol in session, inspect(carol).transient, carol.id)
    with session.begin_nested() as sp2:
        ann.balance = 75
        session.add(Account(owner="dan", balance=1))
    print(sp2.is_active, ann.balance, "balance" in ann.__dict__)
    sp3 = session.begin_nested()
    ann.owner = "annie"
    sp3.commit()
    session.commit()
    print(session.scalars(select(Account).order_by(Account.id)).all())

with Session(engine) as session:
    with session.begin():
        session.add(Account(owner="eve", balance=9))
        inner = session.begin_nested()
        session.add(Account(owner="fay", balance=8))
        inner.rollback()
    print(session.scalars(select(Account.owner).order_by(Account.id)).all())
