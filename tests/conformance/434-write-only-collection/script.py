a = Account(identifier="a1", txs=[Tx(d="x"), Tx(d="y")])
print(type(a.txs).__name__)
with Session(engine) as s:
    s.add(a)
    print(len(s.new))
    s.commit()
s = Session(engine)
a = s.scalar(select(Account))
a.txs.add_all([Tx(d="z")])
a.txs.add(Tx(d="w"))
s.commit()
print(s.scalars(a.txs.select()).all())
print(a.txs.select())
print(s.scalars(a.txs.select().where(Tx.d > "x").limit(2)).all())
try:
    a.txs = []
except Exception as e:
    print(type(e).__name__, e)
try:
    list(a.txs)
except Exception as e:
    print(type(e).__name__, e)
t = s.scalars(a.txs.select()).first()
a.txs.remove(t)
s.commit()
print(s.scalars(a.txs.select()).all())
s.execute(a.txs.update().values(d=Tx.d + "!").where(Tx.d == "z"))
s.execute(a.txs.delete().where(Tx.d == "w"))
print(s.scalars(a.txs.select()).all())
s.execute(a.txs.insert(), [{"d": "m"}, {"d": "n"}])
s.commit()
print([(t.account_id, t.d) for t in s.scalars(select(Tx).order_by(Tx.id))])
