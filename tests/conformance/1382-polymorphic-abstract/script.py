from sqlalchemy.exc import InvalidRequestError

with Session(engine) as session:
    c = Company(name="Acme")
    c.executives = [Manager(name="mo"), Principal(name="pia")]
    c.technologists = [Engineer(name="ed"), SysAdmin(name="sam"), Engineer(name="eli")]
    session.add(c)
    session.commit()

    print(session.scalars(select(Technologist).order_by(Technologist.name)).all())
    print(session.scalars(select(Executive).order_by(Executive.id)).all())
    print(session.scalars(select(Employee).where(Employee.type == "engineer")).all())
    print(c.executives, c.technologists)
    print(select(Executive.name))
    try:
        session.add(Executive(name="nobody"))
        session.flush()
    except InvalidRequestError as e:
        print("abstract:", type(e).__name__)
        session.rollback()
    print(session.query(Employee).count())
