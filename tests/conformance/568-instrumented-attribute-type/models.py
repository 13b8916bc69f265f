from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import declarative_base, relationship, Session, InstrumentedAttribute
from sqlalchemy.orm.attributes import QueryableAttribute
import sqlalchemy.orm.attributes as attributes

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    posts = relationship("Post", back_populates="author")


class Post(Base):
    __tablename__ = "posts"
    id = Column(Integer, primary_key=True)
    title = Column(String(30))
    author_id = Column(ForeignKey("users.id"))
    author = relationship("User", back_populates="posts")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
