from sqlalchemy import Column, ForeignKey, Integer, String, Table, create_engine, select
from sqlalchemy.orm import (DeclarativeBase, Mapped, Session, joinedload, lazyload, mapped_column, raiseload, defaultload,
                            relationship, selectinload, subqueryload)


class Base(DeclarativeBase):
    pass


post_tags = Table(
    "post_tags",
    Base.metadata,
    Column("post_id", ForeignKey("post.id"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id"), primary_key=True),
)


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    posts: Mapped[list["Post"]] = relationship(back_populates="author", order_by="Post.id")

    def __repr__(self):
        return f"Author({self.name})"


class Post(Base):
    __tablename__ = "post"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(50))
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    author: Mapped[Author] = relationship(back_populates="posts")
    tags: Mapped[list["Tag"]] = relationship(secondary=post_tags, order_by="Tag.name")

    def __repr__(self):
        return f"Post({self.title})"


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))

    def __repr__(self):
        return self.name


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    py, sql, rust = Tag(name="python"), Tag(name="sql"), Tag(name="rust")
    s.add_all([
        Author(name="ann", posts=[Post(title="intro", tags=[py, sql]), Post(title="advanced", tags=[rust])]),
        Author(name="bob", posts=[Post(title="tips", tags=[py, sql, rust])]),
        Author(name="cy"),
    ])
    s.commit()
