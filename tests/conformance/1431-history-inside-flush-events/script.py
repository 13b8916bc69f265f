with Session(engine) as s:
    a = Account(owner="ann", balance=5)
    s.add(a)
    s.flush()
    a.balance = 50
    a.owner = "Ann"
    s.flush()
    a.balance += 1
    s.commit()
    print(get_history(a, "balance"))
for row in seen:
    print(row)
