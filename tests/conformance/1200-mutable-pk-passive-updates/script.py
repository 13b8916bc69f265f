with Session(engine) as session:
    u = User(username="jack", fullname="Jack Jones")
    u.addresses = [Address(email="jack@a.com"), Address(email="jack@b.com")]
    session.add(u)
    session.commit()
    u.username = "ed"
    session.commit()
    print(u.username, [a.username for a in u.addresses])
    print(session.get(User, "jack"))
    print(session.get(User, "ed").fullname)
    a = session.get(Address, "jack@a.com")
    a.email = "ed@a.com"
    session.commit()
    print(sorted(x.email for x in u.addresses))
