with Session(engine) as session:
    u = User(username="ann", email="  Ann@Example.COM ")
    print(u, u.name, u._email)
    session.add_all([u, User(name="bob", email="BOB@x.org")])
    session.commit()
    print(select(User.email).where(User.username == "bob"))
    print(session.scalars(select(User).where(User.email == "bob@x.org")).one())
    print(session.scalars(select(User).filter_by(username="ann")).first())
    print(session.query(User).filter_by(email="ann@example.com").one().username)
    print(session.execute(select(User.username, User.email).order_by(User.username.desc())).all())
    u.username = "anne"
    u.email = "ANNE@EXAMPLE.COM"
    session.commit()
    print(session.scalars(select(User.name).order_by(User.id)).all())
