from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, selectinload

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    py, orm = Tag(name="python"), Tag(name="orm")
    p = Post(title="Hello", tags=[py, orm], comments=[Comment(body="nice"), Comment(body="meh")])
    s.add(p)
    s.commit()
    print([t.name for t in p.tags], [c.body for c in p.comments], [x.title for x in py.posts])
    print(s.scalars(select(Post.title).join(Post.tags).where(Tag.name == "orm")).all())
    p.comments.remove(p.comments[1])
    s.commit()
    print(s.scalars(select(Comment.body)).all())
    s.expunge_all()
    posts = s.scalars(select(Post).options(selectinload(Post.tags), selectinload(Post.comments))).all()
    print([(x.title, [t.name for t in x.tags], x.comments[0].post is x) for x in posts])
    s.delete(posts[0])
    s.commit()
    print(s.scalars(select(Comment.body)).all(), s.scalars(select(Tag.name).order_by(Tag.name)).all())
