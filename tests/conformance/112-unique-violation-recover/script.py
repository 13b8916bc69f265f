session = Session(engine)
session.add(Member(email="a@x.org", nick="a"))
session.commit()

emails = ["b@x.org", "a@x.org", "c@x.org"]
saved = []
for e in emails:
    m = Member(email=e)
    session.add(m)
    try:
        session.commit()
        saved.append(e)
    except exc.IntegrityError:
        session.rollback()
        print("duplicate:", e)
print("saved:", saved)

session.add(Member(email="b@x.org"))
try:
    session.flush()
except exc.IntegrityError as err:
    print("flush failed:", type(err).__name__)
try:
    session.query(Member).count()
except exc.PendingRollbackError:
    print("needs rollback")
except Exception as other:
    print("other:", type(other).__name__)
session.rollback()
print([(m.id, m.email) for m in session.query(Member).order_by(Member.id)])
