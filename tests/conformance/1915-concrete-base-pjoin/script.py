with Session(engine) as s:
    s.add_all([Employee(name="e1"), Manager(name="m1", manager_data="md"), Engineer(name="g1", engineer_info="ei")])
    s.commit()
    for e in s.scalars(select(Employee).order_by(Employee.name)):
        print(type(e).__name__, e.id, e.name)
    print(s.scalars(select(Manager)).all()[0].manager_data)
    print(Employee.__table__.name, Manager.__table__.name)
