engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    print("adding")
    session.add(Team(name="reds"))
    session.commit()
