with Session(engine) as session:
    session.add_all([
        Invoice(number="A-1", amount=Decimal("19.99"), token=uuid.UUID("12345678-1234-5678-1234-567812345678")),
        Invoice(number="A-2", status=Status.PAID, amount=Decimal("5"), token=uuid.UUID(int=1)),
        Invoice(number="A-3", status=Status.VOID, amount=Decimal("0.125"), token=uuid.UUID(int=2)),
    ])
    session.commit()
with Session(engine) as session:
    for inv in session.scalars(select(Invoice).order_by(Invoice.id)):
        print(inv.number, inv.status, repr(inv.status), inv.amount, repr(inv.amount), repr(inv.token))
        print(type(inv.amount).__name__, inv.amount * 2, inv.token.hex[:8])
    paid = session.scalars(select(Invoice).where(Invoice.status == Status.PAID)).one()
    print(paid.number, paid.status.value, paid.status.name)
    total = session.scalar(select(Invoice.amount).where(Invoice.number == "A-1"))
    print(repr(total))
    print(session.scalars(select(Invoice.number).where(Invoice.status != Status.DRAFT).order_by(Invoice.number)).all())
with engine.connect() as conn:
    print(conn.execute(text("SELECT status, amount, typeof(amount), token FROM invoice")).all())
Base.metadata.drop_all(engine)
