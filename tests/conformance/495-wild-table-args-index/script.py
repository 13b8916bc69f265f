print(CreateTable(Account.__table__).compile(engine))
print(CreateTable(Membership.__table__).compile(engine))
print(Membership.__table__.primary_key.columns.keys())
with Session(engine) as s:
    s.add(Account(org="a", email="x@y", age=3))
    s.commit()
    s.add(Account(org="a", email="x@y", age=4))
    try:
        s.commit()
    except IntegrityError:
        s.rollback()
        print("duplicate rejected")
    s.add(Account(org="b", email="x@y", age=-1))
    try:
        s.commit()
    except IntegrityError:
        s.rollback()
        print("check rejected")
    s.add(Account(org="b", email="x@y", age=1))
    s.commit()
    print(s.query(Account).count())
