from sqlalchemy import create_engine, Column, Integer, String, Boolean, text, func, ForeignKey
from sqlalchemy.orm import declarative_base, sessionmaker

Base = declarative_base()

counter = {"n": 0}


def next_code():
    counter["n"] += 1
    return "C%03d" % counter["n"]


def slugify(context):
    return context.get_current_parameters()["title"].lower().replace(" ", "-")


class Article(Base):
    __tablename__ = "articles"
    id = Column(Integer, primary_key=True)
    title = Column(String(100), nullable=False)
    slug = Column(String(100), default=slugify)
    code = Column(String(10), default=next_code)
    status = Column(String(20), server_default="draft")
    views = Column(Integer, default=0, nullable=False)
    featured = Column(Boolean, server_default=text("0"))
    revision = Column(Integer, default=1, onupdate=lambda: counter["n"] * 100)
    edited = Column(Boolean, default=False, onupdate=True)
    score = Column(Integer, server_default=text("10"), server_onupdate=None)
    title_len = Column(Integer, onupdate=func.length("abc"))

    def __repr__(self):
        return f"Article({self.id}, {self.title!r}, slug={self.slug!r}, code={self.code!r}, status={self.status!r}, views={self.views}, featured={self.featured}, rev={self.revision}, edited={self.edited}, score={self.score}, tl={self.title_len})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(engine)
