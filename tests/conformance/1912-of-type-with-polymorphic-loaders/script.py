with Session(engine) as s:
    c = Company(name="c")
    c.employees = [Manager(name="m", manager_name="mm", paperwork=[Paperwork(document_name="d1")]),
                   Engineer(name="e", engineer_info="ei", machines=[Machine(name="x"), Machine(name="y")])]
    s.add(c)
    s.commit()
    s.expunge_all()
    c = s.scalars(select(Company).options(selectinload(Company.employees.of_type(Engineer)).selectinload(Engineer.machines))).one()
    for e in c.employees:
        print(type(e).__name__, e.name, [m.name for m in e.machines] if isinstance(e, Engineer) else None)
    s.expunge_all()
    wp = with_polymorphic(Employee, [Manager, Engineer])
    for e in s.scalars(select(wp).options(selectinload(wp.Manager.paperwork), selectinload(wp.Engineer.machines)).order_by(wp.id)):
        print(type(e).__name__, e.name, "paperwork" in e.__dict__, "machines" in e.__dict__)
    s.expunge_all()
    for e in s.scalars(select(Company).options(selectinload(Company.employees.of_type(wp)).options(selectinload(wp.Manager.paperwork), selectinload(wp.Engineer.machines)))):
        print(e.name, sorted((type(x).__name__, "paperwork" in x.__dict__, "machines" in x.__dict__) for x in e.employees))
