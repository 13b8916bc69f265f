mgr = with_polymorphic(Employee, [Manager], aliased=True)
stmt = select(mgr).order_by(mgr.id)
print(stmt)
for e in session.scalars(stmt):
    print(e, e.__dict__.get("manager_name"), "engineer_info" in e.__dict__)
session.close()

everyone = with_polymorphic(Employee, "*", aliased=True)
stmt = select(everyone.name, everyone.Engineer.engineer_info).where(everyone.Engineer.engineer_info.is_not(None)).order_by(everyone.name.desc())
print(stmt)
print(session.execute(stmt).all())

eng = with_polymorphic(Employee, [Engineer], aliased=True)
stmt = (
    select(mgr, eng)
    .join(eng, eng.company_id == mgr.company_id)
    .where(mgr.Manager.manager_name == "Eugene")
    .order_by(eng.name)
)
print(stmt)
for m, e in session.execute(stmt):
    print(m, e, e.__dict__.get("engineer_info"))
session.close()

stmt = select(Company.name, func.count(everyone.id)).join(everyone, Company.employees.of_type(everyone)).group_by(Company.name).order_by(Company.name)
print(stmt)
print(session.execute(stmt).all())
