with Session(engine) as s:
    a = Article(title="Hello, World!")
    b = Article(title="SQLAlchemy Events 101")
    s.add_all([a, b])
    s.commit()
    for x in s.scalars(select(Article).order_by(Article.id)):
        print(x.id, x.slug, x.created_at, x.updated_at, x.edits)
    a.title = "Hello again, World"
    s.commit()
    print(a.slug, a.edits, a.created_at, a.updated_at)
    a.title = a.title
    s.commit()
    print(a.edits, a.updated_at)
    b.edits = 10
    s.commit()
    print(b.edits, b.updated_at.strftime("%H:%M"))
    rows = s.execute(select(Article.title, Article.updated_at).where(Article.updated_at > datetime(2024, 1, 1, 12, 2)).order_by(Article.updated_at)).all()
    print(rows)
    print(type(a.created_at).__name__, (a.updated_at - a.created_at).seconds // 60)
    print(s.execute(delete(Article).where(Article.edits > 0)).rowcount)
    s.commit()
    print(s.scalars(select(Article.slug)).all())
    s.execute(delete(Article))
    s.commit()
