from sqlalchemy import create_engine, ForeignKey, String, select, Table, Column, Integer, and_
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, aliased


class Base(DeclarativeBase):
    pass


follows = Table("follows", Base.metadata,
                Column("follower_id", Integer, ForeignKey("user.id"), primary_key=True),
                Column("followed_id", Integer, ForeignKey("user.id"), primary_key=True))


class User(Base):
    __tablename__ = "user"
    id: Mapped[int] = mapped_column(primary_key=True)
    handle: Mapped[str] = mapped_column(String(20))
    following: Mapped[list["User"]] = relationship(
        secondary=follows, primaryjoin=id == follows.c.follower_id, secondaryjoin=id == follows.c.followed_id,
        back_populates="followers", order_by="User.handle")
    followers: Mapped[list["User"]] = relationship(
        secondary=follows, primaryjoin=id == follows.c.followed_id, secondaryjoin=id == follows.c.follower_id,
        back_populates="following", order_by="User.handle")
    posts: Mapped[list["Post"]] = relationship(back_populates="author")

    def __repr__(self):
        return "@" + self.handle


class Post(Base):
    __tablename__ = "post"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    body: Mapped[str] = mapped_column(String(80))
    author: Mapped[User] = relationship(back_populates="posts")

    def __repr__(self):
        return f"{self.author.handle}: {self.body}"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
