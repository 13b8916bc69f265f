with Session(engine) as session:
    session.add_all([User(name="spongebob", fullname="Spongebob Squarepants"), User(name="sandy", fullname="Sandy")])
    session.commit()
    sandy = session.scalar(select(User).where(User.name == "sandy"))
    print(sandy)

    stmt = sqlite_insert(User).values([
        {"name": "spongebob", "fullname": "Spongebob S."},
        {"name": "sandy", "fullname": "Sandy Cheeks"},
        {"name": "patrick", "fullname": "Patrick Star"},
    ])
    stmt = stmt.on_conflict_do_update(
        index_elements=[User.name],
        set_=dict(fullname=stmt.excluded.fullname, logins=User.logins + 1),
    )
    print(stmt)
    result = session.scalars(stmt.returning(User), execution_options={"populate_existing": True})
    print(sorted(result.all(), key=lambda u: u.name))
    print(sandy)

    stmt2 = sqlite_insert(User).values(name="patrick", fullname="ignored").on_conflict_do_nothing(index_elements=["name"])
    r = session.execute(stmt2)
    print(r.rowcount)
    stmt3 = sqlite_insert(User).values(name="squidward", fullname="Squidward").on_conflict_do_nothing()
    print(session.execute(stmt3.returning(User.id, User.name)).all())
    session.commit()
    print(session.scalars(select(User).order_by(User.id)).all())
    upd = sqlite_insert(User).values(name="sandy", fullname="x").on_conflict_do_update(
        index_elements=["name"], set_={"logins": 99}, where=User.logins < 1)
    session.execute(upd)
    session.commit()
    print(session.execute(select(User.name, User.logins).order_by(User.name)).all())
