from sqlalchemy import Column, ForeignKey, String, Table, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, aliased, mapped_column, relationship


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
    posts: Mapped[list["Post"]] = relationship(back_populates="author")


class Post(Base):
    __tablename__ = "post"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(50))
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    author: Mapped[Author] = relationship(back_populates="posts")
    tags: Mapped[list["Tag"]] = relationship(secondary=post_tags)

    def __repr__(self):
        return f"Post({self.id}, {self.title!r})"


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(20))

    def __repr__(self):
        return f"Tag({self.id}, {self.label!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
red, blue = Tag(label="red"), Tag(label="blue")
session.add_all([
    Author(name="ann", posts=[Post(title="a1", tags=[red]), Post(title="a2", tags=[red, blue])]),
    Author(name="bob", posts=[Post(title="b1", tags=[blue])]),
])
session.commit()
