from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, Table
from sqlalchemy.orm import declarative_base, relationship, Session, backref

Base = declarative_base()
tags = Table("post_tag", Base.metadata, Column("post_id", ForeignKey("post.id"), primary_key=True), Column("tag_id", ForeignKey("tag.id"), primary_key=True))


class User(Base):
    __tablename__ = 'user'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    posts = relationship('Post', backref=backref('author'), lazy='dynamic', order_by='Post.id.desc()')


class Post(Base):
    __tablename__ = 'post'
    id = Column(Integer, primary_key=True)
    body = Column(String)
    user_id = Column(Integer, ForeignKey('user.id'))
    tags = relationship('Tag', secondary=tags, lazy='dynamic', backref=backref('posts', lazy='dynamic', order_by='Post.id'))

    def __repr__(self):
        return f"<Post {self.body}>"


class Tag(Base):
    __tablename__ = 'tag'
    id = Column(Integer, primary_key=True)
    name = Column(String)

    def __repr__(self):
        return f"<Tag {self.name}>"


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
s = Session(engine)
