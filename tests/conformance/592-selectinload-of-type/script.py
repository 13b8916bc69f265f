for target in (with_polymorphic(Employee, "*"), with_polymorphic(Employee, [Manager]), with_polymorphic(Employee, "*", flat=True), with_polymorphic(Employee, [Engineer], aliased=True), Engineer, Manager):
    stmt = select(Company).options(selectinload(Company.employees.of_type(target))).order_by(Company.id)
    for c in session.scalars(stmt):
        print(c.name, c.employees)
        print([e.__dict__.get("engineer_info") for e in c.employees], [e.__dict__.get("manager_name") for e in c.employees])
    session.close()
stmt = select(Employee).options(selectinload(Employee.company)).order_by(Employee.id)
print([e.company.name for e in session.scalars(stmt)])
session.close()
