from sqlalchemy import create_engine, Column, Integer, String, DateTime, Enum, Sequence, func, text, select
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()
calls = {"n": 0}


def next_code():
    calls["n"] += 1
    return f"C{calls['n']:03d}"


def slug(context):
    return context.get_current_parameters()["title"].lower().replace(" ", "-")


class Post(Base):
    __tablename__ = "posts"
    id = Column(Integer, Sequence("post_id_seq"), primary_key=True)
    title = Column(String(50), nullable=False)
    slug = Column(String(60), default=slug, onupdate=slug)
    code = Column(String(10), default=next_code)
    edits = Column(Integer, default=0, onupdate=lambda: calls["n"] * 10)
    created = Column(DateTime, server_default=func.now())
    size = Column(Enum("small", "large", name="size_enum"), default="small")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
