session = Session(engine)


def get_or_create(session, model, **kwargs):
    instance = session.execute(select(model).filter_by(**kwargs)).scalar_one_or_none()
    if instance:
        return instance, False
    instance = model(**kwargs)
    session.add(instance)
    session.commit()
    return instance, True


print(get_or_create(session, Author, username="amy"))
print(get_or_create(session, Author, username="dee"))

stmt = select(Author.username, func.count(Post.id).label("post_count")).outerjoin(Author.posts).group_by(Author.id).order_by(desc("post_count"), Author.username)
print(stmt)
print(session.execute(stmt).all())

rn = func.row_number().over(partition_by=Post.author_id, order_by=(Post.likes.desc(), Post.id)).label("rn")
sub = select(Post.id, rn).subquery()
stmt = select(Post).join(sub, Post.id == sub.c.id).where(sub.c.rn == 1).order_by(Post.author_id)
print(stmt)
print(session.scalars(stmt).all())

latest = select(Post.author_id, func.max(Post.id).label("max_id")).group_by(Post.author_id).subquery()
stmt = select(Author.username, Post.title).join(latest, latest.c.author_id == Author.id).join(Post, Post.id == latest.c.max_id).order_by(Author.username)
print(session.execute(stmt).all())

stmt = select(Author).options(selectinload(Author.posts)).order_by(Author.id)
for au in session.scalars(stmt):
    print(au.username, [p.title for p in au.posts])

stmt = select(Post).join(Post.author).options(contains_eager(Post.author)).where(Author.username == "ben").order_by(Post.id)
print(stmt)
print([(p.title, p.author.username) for p in session.scalars(stmt)])

stmt = select(Author).options(joinedload(Author.posts)).where(Author.username == "amy")
amy = session.scalars(stmt).unique().one()
print(amy, amy.posts)

total_likes = func.coalesce(func.sum(Post.likes), 0).label("total_likes")
stmt = select(Author.username, total_likes).outerjoin(Post).group_by(Author.username).having(total_likes < 15).order_by(Author.username)
print(stmt)
print(session.execute(stmt).all())

page = session.scalars(select(Post).order_by(Post.likes.desc(), Post.id).limit(2).offset(2)).all()
print(page)
print(session.scalar(select(func.count()).select_from(Post).where(Post.likes > 3)))
print(session.execute(select(func.max(Post.likes), func.min(Post.likes), func.avg(Post.likes))).one())
print(session.scalars(select(Author.username).where(~Author.posts.any())).all())
