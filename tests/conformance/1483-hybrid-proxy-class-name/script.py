with Session(engine) as s:
    s.add_all([
        Person(first="Marie", last="Curie", born=1867, score=95),
        Person(first="Isaac", last="Newton", born=1643, score=72),
        Person(first="Niels", last="Bohr", born=1885, score=65),
    ])
    p = Person(born=1879, score=90)
    p.full_name = "Albert Einstein"
    s.add(p)
    s.commit()
    print(s.scalars(select(Person).order_by(Person.full_name)).all())
    print(select(Person.full_name).where(Person.full_name.like("%i%")))
    print(s.scalars(select(Person.full_name).where(Person.full_name.like("%i%")).order_by(Person.id)).all())
    print(s.execute(select(Person.last, Person.grade).order_by(Person.grade, Person.last)).all())
    print(select(Person.grade))
    print(p.age_in(1921), s.scalars(select(Person.last).where(Person.age_in(1900) > 20).order_by(Person.last)).all())
    print(s.scalars(select(Person.last).where(Person.born_between(1850, 1880))).all())
    print(p.initials, s.scalars(select(Person.initials).order_by(Person.id)).all())
    print(s.execute(select(Person.grade, func.count()).group_by(Person.grade).order_by(Person.grade)).all())
    print(type(Person.full_name).__name__, Person.full_name.__class__.__name__)
