a = Account("  jane doe ", opening=50)
b = Account("max", balance=5.0)
a.deposit(12.5, "refund")
session.add_all([a, b])
session.commit()
for acc in session.query(Account).order_by(Account.id):
    print(acc.owner, acc.balance, [(e.memo, e.amount) for e in acc.entries])
try:
    Account()
except TypeError:
    print("owner required")
try:
    Account("x", colour="red")
except TypeError:
    print("bad keyword")
