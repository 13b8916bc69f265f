with Session(engine) as s:
    s.add_all([Mgr(id=1, name="m", budget=5, papers=[Paper(), Paper()]), Emp(id=2, name="e")])
    s.commit()
with Session(engine) as s:
    m = s.merge(Mgr(id=1, name="M2", budget=9))
    print(type(m).__name__, m.name, m.budget, len(m.papers), inspect(m).persistent)
    e = s.merge(Emp(id=3, name="new"))
    s.commit()
    print(s.execute(select(Emp.__table__)).all(), s.execute(select(Mgr.__table__)).all())
    s.delete(s.get(Emp, 1))
    s.commit()
    print(s.scalar(select(func.count()).select_from(Paper)), s.execute(select(Emp.__table__)).all(), s.execute(select(Mgr.__table__)).all())
