with Session(engine) as s:
    c = Company(name="Krusty")
    m = Manager(name="Mr. Krabs", manager_name="krabs", company=c)
    e1 = Engineer(name="SpongeBob", language="python", company=c, boss=m)
    e2 = Engineer(name="Squidward", language="java", company=c, boss=m)
    s.add_all([c, Employee(name="Plankton", company=c), e1, e2])
    s.commit()

with Session(engine) as s:
    krabs = s.scalar(select(Manager))
    print(krabs.reports, [e.boss.manager_name for e in krabs.reports])
    eng_plus = with_polymorphic(Employee, [Engineer, Manager])
    stmt = select(eng_plus).where(
        (eng_plus.Engineer.language == "java") | (eng_plus.Manager.manager_name == "krabs")).order_by(eng_plus.id)
    print(s.scalars(stmt).all())
    print(s.scalars(select(Company).join(Company.employees.of_type(Engineer)).where(Engineer.language == "python")).all()[0].name)
    print(s.execute(select(Employee.type, func.count()).group_by(Employee.type).order_by(Employee.type)).all())
    print(s.scalars(select(Employee).options(selectin_polymorphic(Employee, [Engineer])).order_by(Employee.id)).all())
    print(s.scalars(select(Engineer.name).join(Engineer.boss).where(Manager.manager_name == "krabs").order_by(Engineer.name)).all())
    comp = s.scalars(select(Company).options(selectinload(Company.employees.of_type(eng_plus)))).one()
    print([(e.name, getattr(e, "language", "-")) for e in comp.employees])
    print(select(Engineer.name, Engineer.language).where(Engineer.boss_id.is_not(None)))
