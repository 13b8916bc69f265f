import warnings
from sqlalchemy import create_engine, String, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SAWarning
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session

warnings.filterwarnings("ignore", category=SAWarning)
url = URL.create("sqlite", database=":memory:", query={"cache": "shared"} if False else {})
engine = create_engine(url)


class Base(DeclarativeBase):
    pass


class Kv(Base):
    __tablename__ = "kv"
    k: Mapped[str] = mapped_column(String(10), primary_key=True)
    v: Mapped[str] = mapped_column(String(10))


Base.metadata.create_all(engine)
