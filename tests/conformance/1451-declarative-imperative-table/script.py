from sqlalchemy import create_engine, select, inspect
from sqlalchemy.orm import Session

engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
print(User.__table__ is Base.metadata.tables["user"], Address.__table__ is address_table)
print(hasattr(User, "password_hash"), hasattr(Address, "email_address"), hasattr(Address, "email"))
print(sorted(inspect(User).columns.keys()), inspect(Address).columns.keys())
with Session(engine) as s:
    u = User(name="spongebob", fullname="Spongebob Squarepants", addresses=[Address(email="sb@x.org")])
    s.add(u)
    s.commit()
    print(s.scalars(select(Address).where(Address.email.like("sb%"))).all(), u.addresses[0].user)
    print(select(Address.email).where(Address.user_id == 1))
    print(s.execute(select(User.__table__)).all())
    try:
        User(password_hash="x")
    except TypeError as e:
        print("TypeError:", e)
