Base.metadata.create_all(engine)
print(seen)
print(str(DDL("DROP VIEW IF EXISTS v -- 100%%")))
with Session(engine) as s:
    a = Account(name="ann", balance=10)
    s.add(a)
    s.commit()
    a.balance += 5
    s.commit()
    print(a.balance, a.changes)
    a.name = "anne"
    s.commit()
    print(a.changes)
    print(s.execute(select(Account.name, Account.changes).order_by(Account.id)).all())
    print(s.scalars(text("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index') ORDER BY name")).all())
with engine.begin() as conn:
    conn.execute(DDL("CREATE VIEW rich AS SELECT name FROM account WHERE balance > 5"))
    print(conn.execute(text("SELECT * FROM rich")).all())
print(event.contains(Account.__table__, "after_create", after))
event.remove(Account.__table__, "after_create", after)
print(event.contains(Account.__table__, "after_create", after))
