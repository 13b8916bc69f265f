from sqlalchemy import create_engine, Column, Integer, String, Boolean, Text, Float, ForeignKey, Table, func, Enum
from sqlalchemy.orm import declarative_base, sessionmaker, relationship, scoped_session
engine = create_engine("sqlite://")
Base = declarative_base()
db_session = scoped_session(sessionmaker(bind=engine))
Base.query = db_session.query_property()
post_tags = Table("post_tags", Base.metadata, Column("post_id", ForeignKey("posts.id")), Column("tag_id", ForeignKey("tags.id")))
class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    username = Column(String(80), unique=True, nullable=False)
    is_admin = Column(Boolean, default=False)
    score = Column(Float, server_default="0")
    role = Column(Enum("reader", "writer", name="role"), default="reader")
    posts = relationship("Post", backref="author", lazy=True, order_by="Post.id")
    profile = relationship("Profile", uselist=False, backref="user")
    def __repr__(self):
        return f"<User {self.username}>"
class Profile(Base):
    __tablename__ = "profiles"
    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"))
    bio = Column(Text)
class Post(Base):
    __tablename__ = "posts"
    id = Column(Integer, primary_key=True)
    title = Column(String(120), nullable=False)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False)
    tags = relationship("Tag", secondary="post_tags", backref="posts")
    def __repr__(self):
        return f"<Post {self.title}>"
class Tag(Base):
    __tablename__ = "tags"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    def __repr__(self):
        return f"<Tag {self.name}>"
Base.metadata.create_all(bind=engine)
