print(Segment.__table__.c.keys())
with Session(engine) as s:
    s.add_all([Segment(label="a", start=Point(0, 0), end=Point(3, 4)),
               Segment(label="b", start=Point(1, 1), end=Point(1, 5)),
               Segment(label="c", start=Point(3, 4), end=Point(0, 0))])
    s.commit()
    print(s.scalars(select(Segment).where(Segment.start == Point(1, 1))).all())
    print(s.scalars(select(Segment).where(Segment.end != Point(0, 0)).order_by(Segment.id)).all())
    print(select(Segment.id).where(Segment.start == Point(2, 3)))
    print(s.execute(select(Segment.start).order_by(Segment.id)).all())
    seg = s.get(Segment, 1)
    print(seg.start.dist2(seg.end))
    seg.end = Point(6, 8)
    s.commit()
    print(s.execute(select(Segment.x2, Segment.y2).where(Segment.id == 1)).one())
    seg.start.x = 100
    print(seg in s.dirty)
    s.commit()
    print(seg.start)
    s.execute(update(Segment).where(Segment.label == "c").values({Segment.start: Point(9, 9)}))
    print(s.scalar(select(Segment).where(Segment.label == "c")))
    print(s.scalars(select(Segment.label).where(Segment.x1 > 0).order_by(Segment.label)).all())
