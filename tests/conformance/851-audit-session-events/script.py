s = Session()
a = Account(owner="ann", balance=10)
b = Account(owner="bob")
s.add_all([a, b])
s.commit()
a.balance += 5
b.owner = "bobby"
s.commit()
s.delete(b)
s.commit()
a.balance = 15
s.commit()
s.add(Account(owner="cy", balance=1))
s.rollback()
for row in s.query(AuditLog).order_by(AuditLog.id):
    print(row.id, row.action, row.detail)
print(commits)
