rows = [("Eve", "Rome", 31), ("dan", "Oslo", 25), ("Cara", "Rome", 25), ("Abe", "Kyiv", 40), ("bea", "Oslo", 31)]
session.add_all([Guest(name=n, city=c, age=a) for n, c, a in rows])
session.commit()

print([g.name for g in session.query(Guest).order_by(Guest.age, Guest.name)])
print([g.name for g in session.query(Guest).order_by(Guest.city.desc(), Guest.age.desc())])
print([g.name for g in session.query(Guest).order_by(func.lower(Guest.name))])
print(sorted(c for (c,) in session.query(Guest.city).distinct()))
print(session.query(Guest.city).distinct().count())
print([n for (n,) in session.query(Guest.name).filter(func.lower(Guest.name).like("b%"))])
print(session.query(func.count(Guest.id)).filter(Guest.age > 26).scalar())
print(session.query(func.max(Guest.age)).scalar(), session.query(func.min(Guest.name)).scalar())
print(session.query(func.avg(Guest.age)).scalar())
print([g.name for g in session.query(Guest).filter(Guest.age == 25).order_by(Guest.id.desc()).all()])
