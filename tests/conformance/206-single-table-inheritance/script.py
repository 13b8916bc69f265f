with Session(engine) as session:
    session.add_all(
        [
            Manager(name="Mr. Krabs", manager_name="Eugene"),
            Engineer(name="SpongeBob", engineer_info="Fry cook"),
            Employee(name="Gary"),
            Engineer(name="Squidward", engineer_info="Cashier"),
        ]
    )
    print(Manager(name="x").type)
    session.commit()

with Session(engine) as session:
    everyone = session.scalars(select(Employee).order_by(Employee.id)).all()
    print(everyone)
    print([type(e).__name__ for e in everyone])
    print(everyone[0].manager_name)
    engineers = session.scalars(select(Engineer).where(Engineer.name != "nobody").order_by(Engineer.id)).all()
    print(engineers, [e.engineer_info for e in engineers])
    print(session.scalars(select(Manager)).one() is everyone[0])

with Session(engine) as session:
    poly = with_polymorphic(Employee, "*")
    rows = session.scalars(select(poly).order_by(poly.id)).all()
    print(rows)
