with Session(engine) as s:
    a = Author(name="ann", posts=[Post(title="hello"), Post(title="draft", deleted=True), Post(title="bye")])
    b = Author(name="bob", deleted=True, posts=[Post(title="bob's")])
    s.add_all([a, b])
    s.commit()

with Session(engine) as s:
    print(s.scalars(select(Author).order_by(Author.id)).all())
    print(s.scalars(select(Post).order_by(Post.id)).all())
    ann = s.scalars(select(Author).where(Author.name == "ann")).one()
    print(ann.posts)
    print(s.scalars(select(Post).execution_options(include_deleted=True).order_by(Post.id)).all())
    print(s.scalar(select(Post).where(Post.title == "bob's")))
    print(s.execute(select(Author.name, Post.title).join(Author.posts).order_by(Post.id)).all())

with Session(engine) as s:
    p = s.get(Post, 1)
    p.deleted = True
    s.commit()
    print(s.scalars(select(Post.title).order_by(Post.id)).all())
