db = SessionLocal()
smiths = Household(surname="Smith", members=[Person(first="Ann", age=40), Person(first="Bob", age=12)])
db.add(smiths)
db.commit()
db.refresh(smiths)

home = db.query(Household).first()
print(home.surname)
for m in home.members:
    print(" -", m.first, m.age, m.household.surname)
home.members = [m for m in home.members if m.age >= 18]
db.commit()
print("people:", [(p.id, p.first, p.household_id) for p in db.query(Person).all()])
home.members.append(Person(first="Cy", age=33))
db.commit()
oldest = db.query(Person).order_by(Person.age.desc()).first()
print("oldest:", oldest.first)
db.close()
