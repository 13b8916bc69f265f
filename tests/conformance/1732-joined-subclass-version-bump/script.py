with Session(engine) as s:
    m = Mgr(id=1, name="m")
    s.add(m)
    s.commit()
    log.clear()
    m.budget = 10
    s.commit()
    print(log, s.execute(select(Emp.__table__)).all(), s.execute(select(Mgr.__table__)).all())
    log.clear()
    m.name = "n"
    s.commit()
    print(log, s.execute(select(Emp.__table__)).all())
