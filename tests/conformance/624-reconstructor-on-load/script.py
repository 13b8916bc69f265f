with Session(engine) as session:
    made = [Shape("square", 3), Shape("tile", 2)]
    session.add_all(made)
    session.commit()
    print(session.get(Shape, 1).cache)

with Session(engine) as session:
    shapes = session.scalars(select(Shape).order_by(Shape.id)).all()
    print([s.cache for s in shapes])
    again = session.scalars(select(Shape)).all()
    print(again[0] is shapes[0])
    print(session.query(Shape).filter_by(kind="tile").one().cache)
