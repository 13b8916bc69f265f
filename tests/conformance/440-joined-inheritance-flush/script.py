print(select(Manager))
print(select(Engineer).where(Engineer.name == "x").order_by(Engineer.engineer_info))
print(select(Employee.name).where(Manager.manager_name == "y"))

with Session(engine) as session:
    krusty = Company(name="Krusty Krab")
    session.add_all(
        [
            Manager(
                name="Mr. Krabs",
                manager_name="Eugene",
                company=krusty,
                paperwork=[Paperwork(document_name="Recipes"), Paperwork(document_name="Orders")],
            ),
            Engineer(name="SpongeBob", engineer_info="fry cook", company=krusty),
            Engineer(name="Squidward", engineer_info="cashier"),
            Employee(name="Plankton"),
        ]
    )
    session.commit()

    everyone = session.scalars(select(Employee).order_by(Employee.id)).all()
    print(everyone)
    print([type(e).__name__ for e in everyone], [e.type for e in everyone])
    print(everyone[0].manager_name, everyone[1].engineer_info)
    print(session.scalars(select(Manager)).all())
    print(session.scalars(select(Engineer).where(Engineer.name.like("S%")).order_by(Engineer.engineer_info)).all())
    print(session.scalars(select(Engineer.engineer_info).order_by(Engineer.id)).all())

    squidward = everyone[2]
    squidward.name = "Squiddy"
    squidward.engineer_info = "clarinet"
    session.commit()
    print(squidward.name, squidward.engineer_info)

    session.delete(everyone[1])
    session.commit()
    print(krusty.employees)
    print(session.scalars(select(Paperwork.document_name).order_by(Paperwork.id)).all())
    paper = session.get(Paperwork, 1)
    print(paper.manager, paper.manager.manager_name, paper.manager.company.name)
    mgr = session.get(Manager, 1)
    print(mgr is paper.manager, mgr.paperwork)
    print(session.get(Employee, 3), session.get(Engineer, 3).engineer_info)
