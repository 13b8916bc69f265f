print(Employee.__table__.c.keys())
print(select(Manager))
print(select(Employee))
with Session(engine) as s:
    s.add_all([
        Manager(name="m1", manager_data="md"),
        Engineer(name="e1", engineer_info="ei"),
        Engineer(name="e2"),
        Employee(name="x"),
    ])
    s.commit()
    print(s.scalars(select(Employee).order_by(Employee.name)).all())
    print(s.scalars(select(Engineer)).all())
    print(s.scalars(select(Manager.name)).all())
    print(s.query(Engineer).count(), s.query(Employee).count())
    e = s.get(Employee, 2)
    print(type(e).__name__, e.engineer_info)
    print(s.get(Manager, 2))
