with Session(engine) as session:
    session.execute(insert(User), [
        {"name": "spongebob", "fullname": "Spongebob Squarepants", "score": 5},
        {"name": "sandy", "fullname": "Sandy Cheeks", "score": 7},
        {"name": "patrick", "fullname": "Patrick Star"},
        {"name": "squidward", "fullname": "Squidward Tentacles", "score": 2},
    ])
    session.commit()
    sandy = session.scalars(select(User).filter_by(name="sandy")).one()
    result = session.execute(update(User).where(User.name == "sandy").values(fullname="Sandy Squirrel"))
    print(result.rowcount, sandy.fullname)
    session.execute(update(User).where(User.score < 5).values(score=User.score + 10), execution_options={"synchronize_session": "fetch"})
    print(session.scalars(select(User.score).order_by(User.id)).all())
    session.execute(update(User), [{"id": 1, "fullname": "Spongebob Jr"}, {"id": 4, "score": 0}])
    print(session.get(User, 1).fullname)
    r = session.execute(update(User).where(User.score > 100).values(score=0))
    print(r.rowcount)
    session.execute(delete(User).where(User.name == "squidward"))
    print(session.scalars(select(User.name).order_by(User.id)).all())
    r = session.execute(delete(User).where(User.score >= 10).returning(User.id, User.name))
    print(r.all())
    session.commit()
    rows = session.execute(update(User).where(User.id == 2).values(score=User.score * 3).returning(User.name, User.score)).all()
    print(rows)
    session.commit()
    print(session.execute(select(User.id, User.name, User.fullname, User.score)).all())
