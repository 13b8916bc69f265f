with Session(engine) as s:
    s.add_all([Author(name="Kay", posts=[Post(title="Hello"), Post(title="Again")]), Author(name="Lee")])
    s.commit()
    for a in s.query(Author).options(joinedload(Author.posts)).order_by(Author.name):
        print(a.name, sorted(p.title for p in a.posts))
    for p in s.scalars(select(Post).options(selectinload(Post.author)).order_by(Post.title)):
        print(p.title, "by", p.author.name)
    print(s.scalars(select(Author).where(Author.posts.any(Post.title == "Again"))).one().name)
    print([p.title for p in s.scalars(select(Post).where(Post.author.has(name="Kay")).order_by(Post.id))])
