with Session(engine) as alice, Session(engine) as bob:
    acct = Account(owner="ann")
    alice.add(acct)
    alice.commit()
    print(acct)
    a1 = alice.get(Account, 1)
    b1 = bob.get(Account, 1)
    a1.balance += 10
    a1.entries.append(Entry(amount=10))
    alice.commit()
    print(a1.version)
    b1.balance += 99
    try:
        bob.commit()
    except StaleDataError as e:
        print("bob lost:", e)
        bob.rollback()
    print(b1)
    a1.entries.append(Entry(amount=5))
    alice.flush()
    print(a1.version)
    alice.commit()
    alice.execute(delete(Entry))
    alice.execute(delete(Account).where(Account.id == 1))
    alice.commit()
    b1.owner = "gone"
    try:
        bob.flush()
    except StaleDataError as e:
        print(type(e).__mro__[1].__name__, e)
