with Session(engine) as s:
    ops, dev = Dept(name="ops"), Dept(name="dev")
    ann = Employee(name="ann", salary=120)
    ops.staff.append(ann)
    bob = Employee(name="bob", dept=dev)
    s.add_all([ops, dev, bob])
    s.commit()
    print(audit)
    audit.clear()
    ann.salary = 130
    bob.dept = ops
    s.commit()
    print(audit)
    audit.clear()
    print(s.scalar(select(Employee.salary).where(Employee.name == "ann")))
    cy = Employee(name="cy")
    s.add(cy)
    s.flush()
    cy.salary = 90
    cy.dept = dev
    ann.dept = dev
    s.commit()
    print(audit)
    audit.clear()
    s.expire(ann)
    dev.staff.remove(ann)
    print(audit, ann.dept)
    s.commit()
    print(s.execute(select(Employee.name, Employee.salary, Employee.dept_id).order_by(Employee.id)).all())
