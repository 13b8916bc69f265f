with Session(engine) as s:
    s.add_all([Eng(first="a", lang="py"), Emp(first="c"), Eng(first="d", lang="go")])
    s.commit()
    print(select(Eng.shout))
    print(s.scalars(select(Eng.shout).order_by(Eng.id)).all(), s.scalars(select(Eng.badge).order_by(Eng.id)).all())
    print(s.scalars(select(Eng.first).where(Eng.shout == "c!")).all(), s.scalar(select(func.count()).select_from(Eng).where(Eng.badge.like("%-%"))))
