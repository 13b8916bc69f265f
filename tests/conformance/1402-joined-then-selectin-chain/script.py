from sqlalchemy import inspect

# A selectin load chained under a joined collection load runs for every object the join brought.
with Session(engine) as s:
    stmt = select(Author).options(joinedload(Author.posts).selectinload(Post.tags), raiseload("*")).order_by(Author.id)
    for a in s.scalars(stmt).unique():
        print(a, [(p.title, p.tags) for p in a.posts])

with Session(engine) as s:
    a = s.scalars(select(Author).where(Author.name == "ann").options(joinedload(Author.posts).selectinload(Post.tags))).unique().one()
    print(["tags" in p.__dict__ for p in a.posts], [inspect(p).attrs.tags.loaded_value for p in a.posts])

# Two joined levels, then selectin; and a joined many-to-one under a joined collection.
with Session(engine) as s:
    p = s.scalars(
        select(Post).where(Post.title == "tips").options(
            joinedload(Post.author).joinedload(Author.posts).selectinload(Post.tags), raiseload("*")
        )
    ).unique().one()
    print(p.author, [(q.title, q.tags) for q in p.author.posts])

with Session(engine) as s:
    authors = s.scalars(
        select(Author).options(joinedload(Author.posts).joinedload(Post.author), defaultload(Author.posts).selectinload(Post.tags)).order_by(Author.id)
    ).unique().all()
    print([[("tags" in p.__dict__, p.author.name) for p in a.posts] for a in authors])

with Session(engine) as s:
    try:
        a = s.scalars(select(Author).options(joinedload(Author.posts), raiseload("*")).order_by(Author.id)).unique().first()
        print(a.posts)
        print(a.posts[0].tags)
    except Exception as e:
        print(type(e).__name__)
