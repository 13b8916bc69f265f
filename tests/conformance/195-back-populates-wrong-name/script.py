with Session(engine) as session:
    print("querying")
    print(session.query(Song).count())
