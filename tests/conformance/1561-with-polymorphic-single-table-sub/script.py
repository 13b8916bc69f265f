print([c.name for c in Content.__table__.columns])
with Session(engine) as s:
    kim = Author(name="kim")
    kim.items = [Article(title="ORM intro", body="x" * 120), Video(title="Live coding", seconds=754),
                 Podcast(title="Episode 1", seconds=3600, host="lee"), Content(title="Plain page")]
    s.add(kim)
    s.commit()
    for c in s.scalars(select(Content).order_by(Content.id)):
        print(type(c).__name__, c.render())
    print(s.scalars(select(Video.title).order_by(Video.id)).all())
    print(s.execute(select(Content.kind, func.count()).group_by(Content.kind).order_by(Content.kind)).all())
    print(select(Video).where(Video.seconds > 60))
    print(s.scalar(select(func.sum(Video.seconds))))
    print([type(i).__name__ for i in kim.items])
    poly = with_polymorphic(Content, [Article, Video])
    print(s.scalars(select(poly.title).where((poly.Article.body != None) | (poly.Video.seconds > 1000)).order_by(poly.id)).all())
    print(s.scalars(select(Content).where(Content.kind.in_(["video", "podcast"])).order_by(Content.title)).all() == s.scalars(select(Video).order_by(Video.title)).all())
    p = s.scalar(select(Podcast))
    p.seconds = 61
    s.commit()
    print(p.render(), isinstance(p, Video), Podcast.__mapper__.polymorphic_identity, Video.__mapper__.polymorphic_map.keys() == Content.__mapper__.polymorphic_map.keys())
    print(sorted(m.class_.__name__ for m in Content.__mapper__.self_and_descendants))
    s.delete(s.scalar(select(Article)))
    s.commit()
    print(s.query(Content).count(), s.query(Video).count(), s.query(Article).count())
