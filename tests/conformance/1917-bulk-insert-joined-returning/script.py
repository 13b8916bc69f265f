with Session(engine) as session:
    managers = session.scalars(
        insert(Manager).returning(Manager),
        [
            {"name": "sandy", "manager_name": "Sandy Cheeks"},
            {"name": "ehkrabs", "manager_name": "Eugene H. Krabs"},
        ],
    )
    for m in managers:
        print(type(m).__name__, m.id, m.name, m.type, m.manager_name)
    one = session.scalars(insert(Manager).returning(Manager), [{"name": "pat", "manager_name": "Patrick"}]).one()
    print(one.id, one.manager_name, one in session)
    session.commit()
    print(session.scalars(select(Manager.name).order_by(Manager.id)).all())
