from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, Table
from sqlalchemy.orm import declarative_base, relationship, sessionmaker, backref

engine = create_engine("sqlite:///app.db".replace("app.db", ":memory:"))
Base = declarative_base()
Session = sessionmaker(bind=engine)
session = Session()

followers = Table(
    "followers",
    Base.metadata,
    Column("follower_id", Integer, ForeignKey("user.id")),
    Column("followed_id", Integer, ForeignKey("user.id")),
)


class User(Base):
    __tablename__ = "user"
    id = Column(Integer, primary_key=True)
    username = Column(String(64), index=True, unique=True)
    posts = relationship("Post", backref="author", lazy="dynamic")
    followed = relationship(
        "User",
        secondary=followers,
        primaryjoin=(followers.c.follower_id == id),
        secondaryjoin=(followers.c.followed_id == id),
        backref=backref("followers", lazy="dynamic"),
        lazy="dynamic",
    )

    def __repr__(self):
        return "<User {}>".format(self.username)

    def follow(self, user):
        if not self.is_following(user):
            self.followed.append(user)

    def unfollow(self, user):
        if self.is_following(user):
            self.followed.remove(user)

    def is_following(self, user):
        return self.followed.filter(followers.c.followed_id == user.id).count() > 0

    def followed_posts(self):
        followed = session.query(Post).join(
            followers, (followers.c.followed_id == Post.user_id)
        ).filter(followers.c.follower_id == self.id)
        own = session.query(Post).filter_by(user_id=self.id)
        return followed.union(own).order_by(Post.timestamp.desc())


class Post(Base):
    __tablename__ = "post"
    id = Column(Integer, primary_key=True)
    body = Column(String(140))
    timestamp = Column(Integer, index=True)
    user_id = Column(Integer, ForeignKey("user.id"))

    def __repr__(self):
        return "<Post {}>".format(self.body)


Base.metadata.create_all(engine)
