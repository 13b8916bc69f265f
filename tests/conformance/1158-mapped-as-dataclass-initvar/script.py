from dataclasses import fields
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

print([f.name for f in fields(Account)])
a = Account("ann", 100)
b = Account(owner="bo", opening=5, currency="eur")
print(a, b)
try:
    Account("cy", -1)
except ValueError as e:
    print("ValueError", e)
try:
    Account("dee")
except TypeError as e:
    print("TypeError", e)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([a, b])
    s.commit()
    print(s.execute(select(Account.owner, Account.balance, Account.code).order_by(Account.id)).all())
    print(s.get(Account, 2))
