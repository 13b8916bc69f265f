with Session(engine) as session:
    t = Ticket(name="first")
    print(t.priority, t.code, t.state, t.version)
    session.add(t)
    session.add(Ticket(name="second", priority=1, code="X1"))
    session.commit()
    print(t.priority, t.code, t.state, t.version, t.shout, t.edits)
    for row in session.execute(select(Ticket.id, Ticket.name, Ticket.code, Ticket.priority, Ticket.state, Ticket.version, Ticket.shout).order_by(Ticket.id)):
        print(row)
    t.name = "renamed"
    session.commit()
    print(t.version, t.shout)
    session.execute(update(Ticket).where(Ticket.id == 2).values(priority=5))
    session.commit()
    print(session.execute(select(Ticket.version, Ticket.shout).where(Ticket.id == 2)).one())
    print(Ticket.__table__.c.priority.default)
    print(Ticket.__table__.c.state.server_default.arg)
    print(type(Ticket.__table__.c.code.default).__name__, Ticket.__table__.c.code.default.is_callable)
    print(Ticket.__table__.c.version.onupdate is not None)
