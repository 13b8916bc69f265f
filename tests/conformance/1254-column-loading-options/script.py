from sqlalchemy import select, inspect
from sqlalchemy.orm import load_only, defer, undefer, raiseload, selectinload, joinedload, lazyload, defaultload
from sqlalchemy.exc import InvalidRequestError

with Session(engine) as s:
    w = Writer(name="Kim", bio="writes things")
    s.add_all([Article(title=f"T{i}", summary=f"S{i}", body="x" * i, views=i * 10, author=w) for i in range(1, 4)])
    s.commit()

with Session(engine) as s:
    a = s.scalars(select(Article).where(Article.id == 1)).one()
    print(sorted(inspect(a).unloaded))
    print(len(a.body), sorted(inspect(a).unloaded))
    try:
        a.author
    except InvalidRequestError as e:
        print(type(e).__name__)

with Session(engine) as s:
    stmt = select(Article).options(load_only(Article.title, Article.views)).order_by(Article.id)
    print(stmt)
    arts = s.scalars(stmt).all()
    print(sorted(inspect(arts[0]).unloaded))
    print(arts[0].summary)
with Session(engine) as s:
    stmt = select(Article).options(undefer(Article.body), defer(Article.summary))
    print(stmt)
    art = s.scalars(stmt.where(Article.id == 2)).one()
    print(sorted(inspect(art).unloaded), art.body)
with Session(engine) as s:
    stmt = select(Article).options(joinedload(Article.author).load_only(Writer.name)).where(Article.id == 3)
    print(stmt)
    art = s.scalars(stmt).one()
    print(art.author.name, sorted(inspect(art.author).unloaded))
with Session(engine) as s:
    stmt = select(Writer).options(selectinload(Writer.articles).options(load_only(Article.title), raiseload("*")))
    wr = s.scalars(stmt).one()
    print([x.title for x in wr.articles])
    try:
        wr.articles[0].author
    except InvalidRequestError as e:
        print("raise:", type(e).__name__)
with Session(engine) as s:
    stmt = select(Writer).options(defer(Writer.bio, raiseload=True))
    wr = s.scalars(stmt).one()
    try:
        print(wr.bio)
    except InvalidRequestError as e:
        print("deferred raise:", type(e).__name__)
with Session(engine) as s:
    stmt = select(Article).options(lazyload(Article.author)).order_by(Article.id.desc())
    print([x.author.name for x in s.scalars(stmt)])
