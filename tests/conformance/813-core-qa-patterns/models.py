from sqlalchemy import create_engine, String, ForeignKey, select, func, desc, and_, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, aliased, selectinload, joinedload, contains_eager


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(30), unique=True)
    posts: Mapped[list["Post"]] = relationship(back_populates="author", order_by="Post.id")

    def __repr__(self):
        return f"<Author {self.username}>"


class Post(Base):
    __tablename__ = "post"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(80))
    body: Mapped[str] = mapped_column(Text, default="")
    likes: Mapped[int] = mapped_column(default=0)
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    author: Mapped[Author] = relationship(back_populates="posts")

    def __repr__(self):
        return f"<Post {self.title}>"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    a, b, c = Author(username="amy"), Author(username="ben"), Author(username="cho")
    s.add_all([a, b, c])
    s.add_all([Post(title="p1", likes=3, author=a), Post(title="p2", likes=9, author=a), Post(title="p3", likes=1, author=b),
               Post(title="p4", likes=9, author=b), Post(title="p5", likes=4, author=a)])
    s.commit()
