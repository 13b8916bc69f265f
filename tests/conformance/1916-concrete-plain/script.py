with Session(engine) as s:
    s.add_all([Employee(name="e1"), Manager(name="m1", manager_data="md"), Engineer(name="g1", engineer_info="ei")])
    s.commit()
    print([(type(e).__name__, e.id, e.name) for e in s.scalars(select(Employee))])
    m = s.scalars(select(Manager).where(Manager.name == "m1")).one()
    print(type(m).__name__, m.id, m.manager_data, isinstance(m, Employee))
    print(s.get(Engineer, 1).engineer_info, s.get(Employee, 1).name)
    m.name = "m2"
    s.commit()
    print(s.scalars(select(Manager.name)).all(), Manager.__table__.name, Manager.__mapper__.concrete, Manager.__mapper__.inherits)
