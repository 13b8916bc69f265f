print(Person.full_name, Person.full_name.__doc__)
print(select(Person.id, Person.full_name, Person.is_adult))
print(select(Person).where(Person.last_ci == "SMITH"))
print(select(Person).where(Person.last_ci.like("SM%")))
print(select(Person).where(Person.older_than(30)).where(Person.name_starts("A")))
print(select(Person).filter_by(full_name="Ann Smith"))
with Session(engine) as s:
    s.add_all([Person(first="Ann", last="Smith", age=40), Person(first="Bob", last="smith", age=12), Person(first="Cy", last="Jones", age=18)])
    s.commit()
    for row in s.execute(select(Person.full_name, Person.is_adult).order_by(Person.id)):
        print(row.full_name, row.is_adult)
    print(s.scalars(select(Person).where(Person.last_ci == "SMITH").order_by(Person.id)).all())
    print(s.scalars(select(Person.first).where(Person.older_than(15)).order_by(Person.full_name.desc())).all())
    p = s.get(Person, 2)
    print(p.full_name, p.is_adult, p.older_than(10), p.name_starts("B"), p.last_ci)
    print(s.scalars(select(Person.first).filter_by(is_adult=True).order_by(Person.first)).all())
    p2 = aliased(Person)
    print(s.execute(select(Person.first, p2.first).where(Person.age < p2.age).where(Person.id != p2.id).order_by(Person.first, p2.first)).all())
    try:
        Person.full_name.nope
    except AttributeError as e:
        print("AttributeError", e)
    try:
        p.full_name = "x"
    except AttributeError as e:
        print("AttributeError", e)
