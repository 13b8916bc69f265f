from sqlalchemy import select, func, update
with Session(engine) as s:
    s.add_all([Ticket(title="login bug"), Ticket(title="docs", status=Status.DONE),
               Ticket(title="crash", status=Status.DOING, urgent=True, priority=Priority.HIGH)])
    s.commit()
    print(s.scalars(select(Ticket).order_by(Ticket.id)).all())
    print(s.scalars(select(Ticket.status).order_by(Ticket.id)).all())
    print(s.scalars(select(Ticket.title).where(Ticket.status == Status.TODO)).all())
    print(s.scalars(select(Ticket.title).where(Ticket.status.in_([Status.DOING, Status.DONE])).order_by(Ticket.title)).all())
    print(s.scalars(select(Ticket.title).where(Ticket.urgent)).all(), s.scalars(select(Ticket.title).where(~Ticket.urgent).order_by(Ticket.id)).all())
    print(s.scalars(select(Ticket.title).where(Ticket.urgent.is_(False)).order_by(Ticket.id)).all())
    print(s.execute(select(Ticket.status, func.count()).group_by(Ticket.status).order_by(Ticket.status)).all())
    t = s.get(Ticket, 1)
    t.status = Status["DOING"]
    s.commit()
    print(t.status, t.status.value, t.priority == Priority.LOW, type(t.urgent).__name__)
    s.execute(update(Ticket).where(Ticket.status == Status.DOING).values(urgent=True))
    s.commit()
    print([(x.title, x.urgent) for x in s.scalars(select(Ticket).order_by(Ticket.id))])
    print(Ticket.__table__.c.status.type.enums)
    try:
        s.add(Ticket(title="bad", status="todo"))
        s.flush()
    except Exception as e:
        print(type(e).__name__)
    s.rollback()
    d = datetime.date(2024, 2, 28) + datetime.timedelta(days=2)
    print(d.isoformat(), d.strftime("%A %d %B %Y"))
