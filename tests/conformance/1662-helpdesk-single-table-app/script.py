with Session(engine) as s:
    s.add_all([Bug(title="crash on save", severity="high", priority=1), Bug(title="typo", severity="low"), Feature(title="dark mode", votes=42),
               Feature(title="export csv", votes=3, priority=2), Ticket(title="question")])
    s.commit()
    print(s.scalars(select(Ticket).order_by(Ticket.id)).all())
    print(s.scalars(select(Bug.title).where(Bug.urgent)).all(), s.scalars(select(Feature.urgent).order_by(Feature.id)).all())
    r = s.execute(update(Bug).where(Bug.severity == "low").values(status="wontfix"))
    r2 = s.execute(update(Feature).values(priority=Feature.priority - 1).where(Feature.votes > 10))
    print(r.rowcount, r2.rowcount)
    s.commit()
    n = s.execute(delete(Feature).where(Feature.votes < 5)).rowcount
    s.commit()
    print(n, s.execute(select(Ticket.id, Ticket.kind, Ticket.status, Ticket.priority).order_by(Ticket.id)).all())
    print(s.execute(select(Ticket.kind, func.count()).group_by(Ticket.kind).order_by(Ticket.kind)).all(), s.scalar(select(func.count(Bug.id))))
