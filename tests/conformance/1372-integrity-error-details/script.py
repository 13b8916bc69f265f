from sqlalchemy.exc import IntegrityError, DBAPIError, SQLAlchemyError

with Session(engine) as s:
    s.add(Team(id=1, code="RED"))
    s.commit()
    attempts = [Team(code="RED"), Player(name="kid", age=12, team_id=1), Player(name="ghost", age=20, team_id=99),
                Player(name=None, age=20, team_id=1), Player(name="ok", age=30, team_id=1)]
    for obj in attempts:
        s.add(obj)
        try:
            s.commit()
            print("saved", type(obj).__name__, obj.id)
        except IntegrityError as e:
            s.rollback()
            print(type(e).__name__, "|", e.orig, "|", type(e.orig).__name__)
            print("   ", e.statement, e.params)
            print("   ", isinstance(e, DBAPIError), isinstance(e, SQLAlchemyError), e.code)
    print(s.scalars(select(Player.name)).all())
