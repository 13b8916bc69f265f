with Session(engine) as session:
    session.add_all([
        Invoice(amount=Decimal("19.99"), rate=0.1, status=Status.ACTIVE, size=Size.S),
        Invoice(amount=Decimal("5"), rate=2.5, paid=True, kind="b"),
        Invoice(amount=Decimal("100.456"), rate=1.0 / 3, status=Status.ARCHIVED, size=Size.L),
    ])
    session.commit()
    for inv in session.scalars(select(Invoice).order_by(Invoice.id)):
        print(inv.id, inv.amount, repr(inv.amount), inv.rate, inv.status, inv.size, inv.kind, inv.paid)
    inv = session.get(Invoice, 1)
    print(inv.status.value, inv.status.name, inv.status is Status.ACTIVE, inv.size == "small")
    print(inv.amount * 2, inv.amount + Decimal("0.01"), type(inv.amount).__name__)
    print(session.scalar(select(func.sum(Invoice.amount))))
    print(repr(session.scalar(select(func.sum(Invoice.amount)))))
    print(session.execute(select(Invoice.status, func.count()).group_by(Invoice.status).order_by(Invoice.status)).all())
    stmt = select(Invoice.id).where(Invoice.status == Status.ACTIVE)
    print(stmt)
    print(session.scalars(stmt).all())
    stmt = select(Invoice.id).where(Invoice.status.in_([Status.DRAFT, Status.ARCHIVED])).order_by(Invoice.id)
    print(session.scalars(stmt).all())
    print(session.scalars(select(Invoice.paid).order_by(Invoice.id)).all())
    print(session.scalars(select(Invoice.id).where(Invoice.paid.is_(False)).order_by(Invoice.id)).all())
    print(session.scalars(select(Invoice.id).where(Invoice.paid)).all())
    print(session.scalars(select(Invoice.amount).where(Invoice.amount > 10).order_by(Invoice.amount)).all())
    print(session.scalars(select(Invoice.rate).order_by(Invoice.id)).all())
    print(session.scalars(select(func.round(Invoice.rate, 2)).order_by(Invoice.id)).all())
    print(session.scalar(select(func.avg(Invoice.rate))))
    inv.status = Status.DRAFT
    inv.amount = Decimal("1.005")
    session.commit()
    print(session.get(Invoice, 1).amount, session.get(Invoice, 1).status)
    print(Invoice.__table__.c.status.type.enums, Invoice.__table__.c.kind.type.enums)
    print(repr(Invoice.__table__.c.amount.type), repr(Invoice.__table__.c.size.type))
    session.execute(Invoice.__table__.delete())
    session.commit()
