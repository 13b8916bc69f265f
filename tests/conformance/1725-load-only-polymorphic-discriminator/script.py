with Session(engine) as s:
    s.add_all([Mgr(id=1, name="m", budget=5, bio="b", notes="n"), Emp(id=2, name="e")])
    s.commit()
    for opts in ([], [load_only(Mgr.name)], [load_only(Mgr.budget)], [defer(Mgr.budget)], [undefer(Mgr.notes), undefer(Mgr.bio)]):
        s.expunge_all()
        stmt = select(Mgr).options(*opts)
        m = s.scalars(stmt).one()
        print(loaded(m), stmt)
    s.expunge_all()
    people = s.scalars(select(Emp).options(load_only(Emp.name)).order_by(Emp.id)).all()
    print([(type(p).__name__, p.name) for p in people])
    print(people[0].budget, loaded(people[0]))
