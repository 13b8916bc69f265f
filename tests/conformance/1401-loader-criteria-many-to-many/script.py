# Criteria on a many-to-many relationship's loader: the tag rows must also match.
not_sql = Post.tags.and_(Tag.name != "sql")
for loader in (selectinload, joinedload, subqueryload, lazyload):
    with Session(engine) as s:
        posts = s.scalars(select(Post).options(loader(not_sql)).order_by(Post.id)).unique().all()
        print(loader.__name__, [(p.title, p.tags) for p in posts])

print(select(Post).options(joinedload(Post.tags.and_(Tag.name.startswith("r")))))

# A many-to-one with criteria: a parent that does not match loads as None, even when the
# object is already in the identity map.
with Session(engine) as s:
    ann = s.scalars(select(Author).where(Author.name == "ann")).one()
    posts = s.scalars(select(Post).options(lazyload(Post.author.and_(Author.name != "ann"))).order_by(Post.id)).all()
    print([(p.title, p.author) for p in posts])
    print(posts[0].author is None, ann.name)

with Session(engine) as s:
    posts = s.scalars(select(Post).options(selectinload(Post.author.and_(Author.name == "bob"))).order_by(Post.id)).all()
    print([(p.title, p.author) for p in posts])

# Criteria along a chain: only long titles, then only tags after "p".
with Session(engine) as s:
    stmt = (
        select(Author)
        .options(selectinload(Author.posts.and_(Post.title.like("%o%"))).selectinload(Post.tags.and_(Tag.name > "p")))
        .order_by(Author.id)
    )
    for a in s.scalars(stmt):
        print(a, [(p.title, p.tags) for p in a.posts])
