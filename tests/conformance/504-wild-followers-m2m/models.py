from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, Table, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, WriteOnlyMapped


class Base(DeclarativeBase):
    pass


followers = Table(
    "followers", Base.metadata,
    Column("follower_id", Integer, ForeignKey("user.id"), primary_key=True),
    Column("followed_id", Integer, ForeignKey("user.id"), primary_key=True),
)


class User(Base):
    __tablename__ = "user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True, unique=True)
    following: WriteOnlyMapped["User"] = relationship(
        secondary=followers, primaryjoin=(followers.c.follower_id == id),
        secondaryjoin=(followers.c.followed_id == id),
        back_populates="followers")
    followers: WriteOnlyMapped["User"] = relationship(
        secondary=followers, primaryjoin=(followers.c.followed_id == id),
        secondaryjoin=(followers.c.follower_id == id),
        back_populates="following")

    def __repr__(self):
        return "<User {}>".format(self.username)

    def follow(self, user):
        if not self.is_following(user):
            self.following.add(user)

    def unfollow(self, user):
        if self.is_following(user):
            self.following.remove(user)

    def is_following(self, user):
        query = self.following.select().where(User.id == user.id)
        return db.scalar(query) is not None

    def followers_count(self):
        query = select(func.count()).select_from(self.followers.select().subquery())
        return db.scalar(query)

    def following_count(self):
        query = select(func.count()).select_from(self.following.select().subquery())
        return db.scalar(query)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
db = Session(engine)
