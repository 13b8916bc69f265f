db = SessionLocal()
for h in ["alpha", "beta"]:
    db.add(Username(handle=h))
    db.commit()
u = db.query(Username).filter_by(handle="beta").one()
u.karma = 7
db.flush()
print("karma flushed:", db.query(Username.karma).filter_by(handle="beta").scalar())
db.add(Username(handle="alpha"))
db.commit()
print("never printed")
