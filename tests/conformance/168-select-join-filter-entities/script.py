with Session(engine) as s:
    ann = Author(name="Ann")
    bob = Author(name="Bob")
    s.add_all([
        Article(title="SQL tips", views=120, author=ann),
        Article(title="ORM tricks", views=45, author=ann),
        Article(title="Rust intro", views=300, author=bob),
    ])
    s.commit()
    rows = s.execute(select(Author, Article).join(Author.articles).order_by(Article.views.desc())).all()
    for author, article in rows:
        print(author.name, "-", article.title, article.views)
    popular = s.scalars(select(Article).join(Article.author).where(and_(Author.name == "Ann", Article.views > 100))).all()
    print([a.title for a in popular])
    names = s.scalars(select(Author.name).join(Article).where(Article.views < 100).distinct()).all()
    print(names)
    row = s.execute(select(Article.title, Author.name).join_from(Article, Author).where(Article.id == 3)).one()
    print(row, row.title, row[1])
    print(s.execute(select(Article.title).where(Article.author == bob)).scalars().all())
