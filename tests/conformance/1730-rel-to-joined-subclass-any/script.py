with Session(engine) as s:
    s.add_all([Dept(id=1, name="a"), Dept(id=2, name="b"), Eng(lang="py", dept_id=1), Emp(dept_id=2)])
    s.commit()
    print([len(d.engineers) for d in s.scalars(select(Dept).order_by(Dept.id))])
    print(s.scalars(select(Dept.name).join(Dept.engineers).where(Eng.lang == "py")).all())
    st = select(Dept.name).where(Dept.engineers.any(Eng.lang == "py"))
    print(st)
    print(s.scalars(st).all(), s.scalars(select(Dept.name).where(Dept.engineers.any()).order_by(Dept.name)).all())
