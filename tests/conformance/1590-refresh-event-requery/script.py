e = create_engine("sqlite://")
Base.metadata.create_all(e)
with Session(e) as s:
    keep = P(name="a", kids=[K()]); s.add(keep); s.commit()
    print("q1"); p = s.scalars(select(P)).one()
    print("q2"); s.scalars(select(P)).all()
    p.kids
    print("q3"); s.scalars(select(P)).all()
    s.expire(p, ["name"])
    print("q4"); s.scalars(select(P)).all()
    print("q5"); s.scalars(select(P).execution_options(populate_existing=True)).all()
    s.refresh(p)
    print("q7")
    s.refresh(p, ["name"])
