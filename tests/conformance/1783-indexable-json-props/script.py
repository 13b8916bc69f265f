with Session(engine) as s:
    p = Person(name="Alice")
    print(p.data)
    p.city = "Oslo"
    s.add_all([p, Person(name="Bob")])
    s.commit()
    bob = s.get(Person, 2)
    print(bob.data, bob.city)
    try:
        print(Person(data={}).name)
    except AttributeError:
        print("AttributeError")
    bob.city = "Rome"
    s.commit()
    print(s.scalars(select(Person.data).order_by(Person.id)).all())
    print(s.scalars(select(Person).where(Person.data["city"].as_string() == "Rome")).all())
    del p.city
    s.commit()
    print(p.data)
Base.metadata.drop_all(engine)
