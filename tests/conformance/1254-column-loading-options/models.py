from sqlalchemy import create_engine, String, Text, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, deferred


class Base(DeclarativeBase):
    pass


class Article(Base):
    __tablename__ = "article"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    summary: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, deferred=True)
    views: Mapped[int] = mapped_column(default=0)
    author_id: Mapped[int] = mapped_column(ForeignKey("writer.id"))
    author: Mapped["Writer"] = relationship(back_populates="articles", lazy="raise")

    def __repr__(self):
        return f"Article({self.id}, {self.title!r})"


class Writer(Base):
    __tablename__ = "writer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    bio: Mapped[str] = mapped_column(Text, default="")
    articles: Mapped[list[Article]] = relationship(back_populates="author")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
