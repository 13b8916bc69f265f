from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, Table
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()

follows = Table(
    "follows",
    Base.metadata,
    Column("follower_id", Integer, ForeignKey("accounts.id"), primary_key=True),
    Column("followed_id", Integer, ForeignKey("accounts.id"), primary_key=True),
)


class Account(Base):
    __tablename__ = "accounts"
    id = Column(Integer, primary_key=True)
    handle = Column(String(20))
    following = relationship(
        "Account",
        secondary=follows,
        primaryjoin=id == follows.c.follower_id,
        secondaryjoin=id == follows.c.followed_id,
        backref="followers",
    )


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
