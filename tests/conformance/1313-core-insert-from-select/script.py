from sqlalchemy import insert, select, update, delete, func, and_, literal, case

with engine.begin() as conn:
    conn.execute(employees.insert(), [
        {"name": "ann", "dept": "eng", "salary": 100.0},
        {"name": "bob", "dept": "eng", "salary": 80.0},
        {"name": "cy", "dept": "ops", "salary": 60.0, "active": 0},
        {"name": "di", "dept": "ops", "salary": 65.0},
        {"name": "ed", "dept": "hr", "salary": 50.0, "active": 0},
    ])
    sel = select(employees.c.id, employees.c.name, employees.c.dept).where(employees.c.active == 0)
    ins = insert(archive).from_select(["id", "name", "dept"], sel)
    print(ins)
    print(conn.execute(ins).rowcount)
    conn.execute(delete(employees).where(employees.c.id.in_(select(archive.c.id))))
    stats = select(employees.c.dept, func.count(), func.sum(employees.c.salary)).group_by(employees.c.dept)
    conn.execute(insert(dept_stats).from_select(["dept", "headcount", "payroll"], stats))
    avg_sub = select(func.avg(employees.c.salary)).where(employees.c.dept == dept_stats.c.dept).scalar_subquery()
    upd = update(dept_stats).values(payroll=dept_stats.c.payroll + avg_sub)
    print(upd)
    conn.execute(upd)
    raise_stmt = update(employees).values(salary=case((employees.c.dept == "eng", employees.c.salary * 1.1), else_=employees.c.salary + 5))
    print(conn.execute(raise_stmt).rowcount)
    u2 = update(employees).where(employees.c.dept == dept_stats.c.dept).where(dept_stats.c.headcount == 1).values(name=employees.c.name + "*")
    print(u2)
    conn.execute(u2)
with engine.connect() as conn:
    print(conn.execute(select(employees).order_by(employees.c.id)).all())
    print(conn.execute(select(archive)).all())
    print(conn.execute(select(dept_stats).order_by(dept_stats.c.dept)).all())
    print(conn.execute(select(literal("total"), func.sum(employees.c.salary))).one())
