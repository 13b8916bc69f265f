with Session(engine) as s:
    s.add_all([Eng(id=1, name="e"), Mgr(id=2, name="m"), Ticket(id=1, assignee_id=1), Ticket(id=2, assignee_id=2)])
    s.commit()
    s.expunge_all()
    print([(t.id, t.assignee) for t in s.scalars(select(Ticket).order_by(Ticket.id))])
    s.expunge_all()
    print([(t.id, t.assignee) for t in s.scalars(select(Ticket).options(joinedload(Ticket.assignee)).order_by(Ticket.id))])
    print(s.scalars(select(Ticket.id).where(Ticket.assignee.has())).all(), s.scalars(select(Ticket.id).where(Ticket.assignee.has(Eng.name != ""))).all())
    print(s.scalars(select(Ticket.id).join(Ticket.assignee)).all())
