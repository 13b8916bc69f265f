with Session(engine) as session, session.begin():
    session.add_all([Counter(name="clicks"), Counter(name="views", value=10)])

with Session(engine) as session:
    with session.begin():
        c = session.get(Counter, "clicks")
        for _ in range(3):
            c.value += 2
    print("clicks:", c.value)
    with session.begin():
        v = session.scalars(select(Counter).where(Counter.name == "views")).one()
        v.value = v.value * 3
        session.add(Counter(name="likes", value=1))
    rows = session.scalars(select(Counter).order_by(Counter.value.desc())).all()
    print([(r.name, r.value) for r in rows])
    print(session.get(Counter, "nope"))
