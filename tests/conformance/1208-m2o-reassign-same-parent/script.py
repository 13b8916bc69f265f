with Session(engine) as s:
    eng = s.scalar(select(Department).where(Department.name == "eng"))
    newbie = Employee(name="neo", salary=10)
    print(newbie in eng.employees)
    ann = s.scalar(select(Employee).where(Employee.name == "ann"))
    ann.department = eng
    eng.employees.remove(ann)
    cy = s.scalar(select(Employee).where(Employee.name == "cy"))
    cy.department = hr
    s.commit()
    print(ann.department_id, cy.department_id, hr.name)
    print(s.execute(select(Employee.name, Department.name).outerjoin(Employee.department).order_by(Employee.id)).all())
