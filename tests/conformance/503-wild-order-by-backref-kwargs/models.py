from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, desc
from sqlalchemy.orm import declarative_base, relationship, backref, Session

Base = declarative_base()


class Forum(Base):
    __tablename__ = "forums"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))


class Thread(Base):
    __tablename__ = "threads"
    id = Column(Integer, primary_key=True)
    title = Column(String(50))
    forum_id = Column(Integer, ForeignKey("forums.id"))
    forum = relationship(Forum, backref=backref("threads", order_by=desc("title"),
                                                cascade="all, delete-orphan", lazy="selectin"))


class Reply(Base):
    __tablename__ = "replies"
    id = Column(Integer, primary_key=True)
    body = Column(String(100))
    votes = Column(Integer, default=0)
    thread_id = Column(Integer, ForeignKey("threads.id"))
    thread = relationship("Thread", backref=backref("replies", order_by="Reply.votes.desc(), Reply.id",
                                                    lazy="dynamic"))


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
