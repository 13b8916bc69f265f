s = Session(engine)
a = Account(owner="ann", balance=10)
s.add(a)
s.commit()
a.balance += 5
a.tier = "gold"
s.commit()
a.owner = "ann"
s.commit()
a.balance = 0
s.flush()
a.balance = 1
s.commit()
for row in s.execute(select(AuditLog.account_id, AuditLog.field, AuditLog.old, AuditLog.new).order_by(AuditLog.id)):
    print(tuple(row))
