print(select(Engineer))
print(select(Employee))
with Session(engine) as s:
    s.add_all([
        Engineer(name="dilbert", engineer_name="d1"),
        Manager(name="pointy", manager_name="boss"),
        Employee(name="wally"),
        Engineer(name="alice", engineer_name="a1"),
    ])
    s.commit()
    print(s.scalars(select(Employee).order_by(Employee.id)).all())
    print(s.scalars(select(Engineer).order_by(Engineer.engineer_name)).all())
    e = s.scalars(select(Employee).where(Employee.name == "pointy")).one()
    print(type(e).__name__, e.type, e.manager_name)
    ep = with_polymorphic(Employee, [Engineer, Manager])
    rows = s.scalars(select(ep).where((ep.Engineer.engineer_name == "d1") | (ep.Manager.manager_name == "boss")).order_by(ep.id)).all()
    print(rows)
    print(s.scalars(select(Employee.name).where(Employee.type == "engineer").order_by(Employee.name)).all())
    d = s.get(Engineer, 1)
    d.engineer_name = "d2"
    d.name = "Dilbert"
    s.commit()
    s.delete(s.get(Manager, 2))
    s.commit()
    print(s.execute(select(Engineer.id, Engineer.name, Engineer.engineer_name).order_by(Engineer.id)).all())
    print(s.get(Employee, 2))
