with Session(engine) as s:
    s.add_all([Employee(name="e1", type="X"), Manager(name="m1", type="EMGR"), Engineer(name="g1", type="ENGR")])
    s.commit()
    for e in s.scalars(select(Employee).order_by(Employee.id)):
        print(type(e).__name__, e.id, e.name, e.type)
    print([(type(m).__name__, m.name) for m in s.scalars(select(Manager)).all()])
    print([(type(m).__name__, m.name) for m in s.scalars(select(Engineer)).all()])
