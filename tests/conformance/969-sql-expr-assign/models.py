from sqlalchemy import create_engine, func, select, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Page(Base):
    __tablename__ = "page"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(40))
    views: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(default="")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
