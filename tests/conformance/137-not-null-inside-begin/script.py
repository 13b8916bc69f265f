with Session(engine) as session, session.begin():
    session.add(Measurement(station="north", value=1.5))

with Session(engine) as session:
    print("count:", session.query(Measurement).count())

with Session(engine) as session:
    with session.begin():
        session.add(Measurement(station="south", value=2.0))
        session.add(Measurement(station="east", value=None))
print("not reached")
