with Session(engine) as sess:
    v1 = Vertex(start=Point(3, 4), end=Point(12, 15))
    sess.add(v1)
    sess.commit()

    v1.end.x = 8
    print(v1 in sess.dirty)
    sess.commit()
    print(sess.execute(select(Vertex.__table__)).all())
    sess.expire_all()
    print(v1)
