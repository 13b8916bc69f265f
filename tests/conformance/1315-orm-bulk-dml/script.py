from sqlalchemy import insert, update, delete, select, bindparam

with Session(engine) as session:
    users = session.scalars(
        insert(User).returning(User),
        [
            {"name": "spongebob", "fullname": "Spongebob Squarepants"},
            {"name": "sandy", "fullname": "Sandy Cheeks"},
            {"name": "patrick", "fullname": "Patrick Star"},
            {"name": "squidward", "fullname": "Squidward Tentacles"},
            {"name": "ehkrabs", "fullname": "Eugene H. Krabs"},
        ],
    )
    print(users.all())
    session.execute(
        update(User),
        [
            {"id": 1, "fullname": "Spongebob Squarepants"},
            {"id": 3, "fullname": "Patrick Star", "species": "Starfish"},
        ],
    )
    print(session.get(User, 3).species)
    result = session.execute(
        update(User).where(User.name.in_(["squidward", "sandy"])).values(fullname="Name starts with S")
    )
    print(result.rowcount)
    sandy = session.get(User, 2)
    print(sandy.fullname)
    stmt = update(User).where(User.name == "sandy").values(fullname="Sandy Squirrel Extraordinaire").returning(User.id, User.fullname)
    print(session.execute(stmt).all())
    stmt = update(User).where(User.name.like("s%")).values(species="Squirrel").execution_options(synchronize_session="fetch")
    session.execute(stmt)
    print(sandy.species, session.get(User, 4).species)
    print(session.execute(delete(User).where(User.name == "patrick").returning(User.name)).all())
    print(session.get(User, 3))
    session.execute(
        insert(User).values(name=bindparam("n"), fullname=bindparam("fn")),
        [{"n": "gary", "fn": "Gary the Snail"}, {"n": "larry", "fn": "Larry Lobster"}],
    )
    session.commit()
    print(session.scalars(select(User.name).order_by(User.id)).all())
