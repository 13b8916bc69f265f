print(event.contains(Article, "before_insert", make_slug), event.contains(Article, "after_update", bump))
with Session(engine) as s:
    a = Article(title="Hello World")
    b = Article(title="Second Post")
    s.add(a)
    s.flush()
    s.add(b)
    s.commit()
    print(s.scalars(select(Article).order_by(Article.id)).all())
    a.title = "Hello Again World"
    s.commit()
    print(a)
    event.remove(Article, "before_update", make_slug)
    print(event.contains(Article, "before_update", make_slug))
    a.title = "Renamed"
    s.commit()
    print(a, a.title)
    event.remove(Article, "before_update", bump)
    a.title = "Final"
    s.commit()
    print(a)
    s.add(Article(title="Third One Here"))
    s.commit()
    print(s.scalars(select(Article.slug).order_by(Article.id)).all())
