with engine.begin() as conn:
    conn.execute(insert(cities), [
        {"id": 1, "name": "Lyon", "country": "FR"},
        {"id": 2, "name": "Nice", "country": "FR"},
        {"id": 3, "name": "Oslo", "country": "NO"},
        {"id": 4, "name": "Bergen", "country": "NO"},
        {"id": 5, "name": "Turku", "country": "FI"},
    ])

q = select(cities.c.id, cities.c.name, cities.c.country).order_by(cities.c.id)
with engine.connect() as conn:
    for row in conn.execute(q).columns("name", "id"):
        print(row, row._fields)
    for row in conn.execute(q).columns(2, 0):
        print(row, row.country)
    print(conn.execute(q).columns("country").scalars().all())
    print(conn.execute(q).scalars(1).all())
    print(conn.execute(q).scalars("country").unique().all())
    print(conn.execute(q).columns("country").unique().all())
    print(conn.execute(q).mappings().columns("name").all())

    frozen = conn.execute(q).freeze()
    print(frozen().all())
    print(frozen().scalars().all())
    print(frozen().mappings().first())
    print(list(frozen().keys()))

    r1 = conn.execute(q.where(cities.c.country == "FR"))
    r2 = conn.execute(q.where(cities.c.country == "NO"))
    merged = r1.merge(r2)
    print(list(merged.keys()), merged.all())

    print(conn.execute(q).tuples().all()[0])
    print(conn.execute(q).mappings().all())
    print(conn.execute(q).mappings().first())
    print(conn.execute(q.where(cities.c.id > 99)).mappings().first())
    for part in conn.execute(q).partitions(2):
        print(part)
    for part in conn.execute(q).mappings().partitions(3):
        print(part)
    r = conn.execute(q)
    print(r.fetchmany(2), r.fetchone(), r.fetchmany(5), r.fetchone())

    for label, fn in [
        ("scalar_one_or_none", lambda: conn.execute(q).scalar_one_or_none()),
        ("scalar_one", lambda: conn.execute(q.where(cities.c.id > 99)).scalar_one()),
        ("one_or_none", lambda: conn.execute(q).one_or_none()),
        ("one", lambda: conn.execute(q).one()),
        ("mappings.one", lambda: conn.execute(q).mappings().one()),
        ("scalars.one", lambda: conn.execute(q).scalars().one()),
    ]:
        try:
            fn()
        except (MultipleResultsFound, NoResultFound) as e:
            print(label, type(e).__name__, e)
    print(conn.execute(q.where(cities.c.id > 99)).scalar_one_or_none())
    print(conn.execute(q.where(cities.c.id == 3)).scalar_one_or_none())
    print(conn.execute(q.where(cities.c.id == 3)).one()._asdict())
