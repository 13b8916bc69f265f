with Session(engine) as s:
    s.add_all([Entry(score=i % 3, title=f"t{i}") for i in range(8)])
    s.commit()

    # keyset pagination: rows after (score, id) = (1, 2)
    stmt = select(Entry.id, Entry.score).where(tuple_(Entry.score, Entry.id) > (1, 2)).order_by(Entry.score, Entry.id)
    print(stmt)
    print(s.execute(stmt).all())
    print(s.scalars(select(Entry.id).where(tuple_(Entry.score, Entry.title) == (2, "t5"))).all())
    print(s.scalars(select(Entry.id).where(tuple_(Entry.score, Entry.id).in_([(0, 4), (2, 6), (1, 1)]))).all())

    stmt = select(Entry.title).where(Entry.id.in_(text("SELECT id FROM entries WHERE score = 2"))).order_by(Entry.id)
    print(stmt)
    print(s.scalars(stmt).all())
    print(s.scalars(select(Entry.id).where(Entry.score.in_(select(Entry.score).where(Entry.id == 1).subquery()))).all())
