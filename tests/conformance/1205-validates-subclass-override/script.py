p = Person(name="  ann lee ", email="Ann@X.org")
print(p.name, p.email)
e = Engineer(name=" bob  smith", email="BOB@Y.org")
print(e.name, e.email)
m = Manager(name="cy", email="Cy@Z.org")
print(m.name, m.email)
for obj, value in [(e, "nope"), (m, "also-nope")]:
    try:
        obj.email = value
    except ValueError as err:
        print(type(obj).__name__, err)
with Session(engine) as session:
    session.add_all([p, e, m])
    session.commit()
    for person in session.query(Person).order_by(Person.id):
        print(type(person).__name__, person.name, person.email)
