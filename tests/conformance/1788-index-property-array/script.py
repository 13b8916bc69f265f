with Session(engine) as s:
    p = Point(coords=[3, 4])
    q = Point()
    print(p, q.y, q.label, q.coords)
    try:
        q.x
    except AttributeError as e:
        print("AttributeError", e)
    q.y = 9
    print(q.coords)
    q.label = "origin"
    try:
        q.kind = "fixed"
    except AttributeError as e:
        print("AttributeError", e)
    s.add_all([p, q])
    s.commit()
    p.x = 30
    print(s.is_modified(p))
    s.commit()
    print(s.execute(select(Point.id, Point.coords, Point.meta).order_by(Point.id)).all())
    del q.label
    s.commit()
    print(q.label, q.meta)
    try:
        del q.label
    except AttributeError as e:
        print("AttributeError", e)
Base.metadata.drop_all(engine)
