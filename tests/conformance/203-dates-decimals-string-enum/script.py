with Session(engine) as session:
    session.add_all([
        Event(kind="talk", day=dt.date(2024, 2, 29), starts=dt.datetime(2024, 2, 29, 18, 30), doors=dt.time(18, 0), fee=Decimal("12.5"), ratio=Decimal("0.333")),
        Event(kind="meetup", day=dt.date(2024, 3, 1), starts=dt.datetime(2024, 3, 1, 9, 0, 15, 250), ratio=Decimal(1) / 3),
    ])
    session.commit()
    for e in session.scalars(select(Event).order_by(Event.id)):
        print(e.kind, e.day, e.starts, e.doors, repr(e.fee), repr(e.ratio))
        print(e.starts - dt.datetime(2024, 1, 1), e.day.isoformat(), e.fee + 1, e.ratio.quantize(Decimal("0.01")))
    print(session.scalars(select(Event.kind).where(Event.day > dt.date(2024, 3, 1))).all())
    print(session.scalars(select(Event.kind).where(Event.fee > Decimal("10"))).all())
    print(repr(session.scalar(select(func.sum(Event.fee)))))
    with engine.connect() as conn:
        from sqlalchemy import text
        print(conn.execute(text("SELECT kind, day, starts, doors, fee, ratio FROM events")).all())
Base.metadata.drop_all(engine)
