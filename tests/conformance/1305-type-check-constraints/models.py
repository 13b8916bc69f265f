import enum
from sqlalchemy import create_engine, String, Enum, Boolean, MetaData, Table, Column, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Status(enum.Enum):
    DRAFT = "d"
    PUBLISHED = "p"


class Base(DeclarativeBase):
    pass


class Article(Base):
    __tablename__ = "article"
    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[Status] = mapped_column(Enum(Status, create_constraint=True))
    kind: Mapped[str] = mapped_column(Enum("news", "blog", name="article_kind", create_constraint=True))
    plain: Mapped[Status] = mapped_column(Enum(Status))
    featured: Mapped[bool] = mapped_column(Boolean(create_constraint=True, name="featured_flag"), default=False)


metadata = MetaData()
flags = Table("flags", metadata, Column("id", Integer, primary_key=True), Column("on", Boolean(create_constraint=True)))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
metadata.create_all(engine)
