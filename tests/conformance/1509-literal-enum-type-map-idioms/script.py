print(CreateTable(Order.__table__).compile(engine))
print(repr(Order.__table__.c.status.type), Order.__table__.c.size.type.enums, Order.__table__.c.color.type.enums)
with Session(engine) as session, session.begin():
    session.add_all([Order(), Order(status="received", color=Color.RED), Order(status="completed", color=Color.GREEN, size="L", note="gift")])
with Session(engine) as session:
    rows = session.execute(select(Order).order_by(Order.id)).all()
    print(type(rows[0]).__name__, len(rows[0]), [r[0].status for r in rows], [r.Order.size for r in rows])
    print(session.execute(select(Order.status, Order.color)).all())
    print(session.scalars(select(Order.id).where(Order.color == Color.GREEN)).all(), session.scalar(select(func.count()).where(Order.note.is_(None))))
    with engine.connect() as conn:
        print(conn.execute(select(Order).where(Order.id == 2)).all())
        print(conn.execute(select(Order.__table__.c.color)).scalars().all())
Base.metadata.drop_all(engine)
Base.metadata.create_all(engine)
with Session(engine) as session:
    print(session.scalar(select(func.count(Order.id))))
