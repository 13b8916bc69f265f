with Session(engine) as session:
    boss = Employee(name="Grace", dept="exec", salary=300)
    cto = Employee(name="Linus", dept="eng", salary=250, manager=boss)
    cfo = Employee(name="Ada", dept="fin", salary=240, manager=boss)
    session.add_all([boss, cto, cfo,
                     Employee(name="Ken", dept="eng", salary=150, manager=cto),
                     Employee(name="Dennis", dept="eng", salary=160, manager=cto),
                     Employee(name="Barbara", dept="fin", salary=120, manager=cfo)])
    session.commit()

    Manager = aliased(Employee, name="mgr")
    stmt = select(Employee.name, Manager.name).join(Manager, Employee.manager_id == Manager.id).order_by(Employee.id)
    print(stmt)
    for emp, mgr in session.execute(stmt):
        print(f"{emp} reports to {mgr}")

    stmt = select(Employee.name, Manager.name.label("boss")).outerjoin(Employee.manager.of_type(Manager)).order_by(Employee.id)
    print(stmt)
    print(session.execute(stmt).all())

    m = aliased(Employee)
    stmt = select(Employee.name).join(m, Employee.manager).where(Employee.salary > m.salary * 0.6).order_by(Employee.name)
    print(stmt)
    print(session.scalars(stmt).all())

    stmt = select(Manager.name, func.count(Employee.id).label("n")).join(Employee, Employee.manager_id == Manager.id).group_by(Manager.name).order_by(Manager.name)
    print(stmt)
    print(session.execute(stmt).all())

    e2 = aliased(Employee)
    stmt = select(Employee.name, e2.name).join(e2, and_(Employee.dept == e2.dept, Employee.id < e2.id)).order_by(Employee.id, e2.id)
    print(stmt)
    print(session.execute(stmt).all())

    top = session.scalars(select(Employee).where(Employee.manager_id.is_(None))).one()
    print(top, top.reports)
    print([r.reports for r in top.reports])

    gm = aliased(Employee, name="grand")
    stmt = (select(Employee.name, gm.name).join(Manager, Employee.manager_id == Manager.id)
            .join(gm, Manager.manager_id == gm.id).order_by(Employee.name))
    print(stmt)
    print(session.execute(stmt).all())

    avg_by_dept = select(Employee.dept, func.avg(Employee.salary).label("avg_sal")).group_by(Employee.dept).subquery()
    stmt = select(Employee.name, Employee.salary, avg_by_dept.c.avg_sal).join(avg_by_dept, Employee.dept == avg_by_dept.c.dept).where(Employee.salary > avg_by_dept.c.avg_sal).order_by(Employee.name)
    print(stmt)
    print(session.execute(stmt).all())

    emp_alias = aliased(Employee, session.query(Employee).filter(Employee.dept == "eng").subquery())
    print(session.scalars(select(emp_alias).order_by(emp_alias.salary)).all())
