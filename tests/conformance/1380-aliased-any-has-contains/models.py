from sqlalchemy import Column, ForeignKey, Integer, String, Table, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, aliased, mapped_column, relationship


class Base(DeclarativeBase):
    pass


article_tag = Table(
    "article_tag",
    Base.metadata,
    Column("article_id", ForeignKey("article.id"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id"), primary_key=True),
)


class Writer(Base):
    __tablename__ = "writer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("writer.id"))
    mentor: Mapped["Writer | None"] = relationship(remote_side=[id], back_populates="mentees")
    mentees: Mapped[list["Writer"]] = relationship(back_populates="mentor")
    articles: Mapped[list["Article"]] = relationship(back_populates="writer")

    def __repr__(self):
        return f"Writer({self.name!r})"


class Article(Base):
    __tablename__ = "article"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(50))
    writer_id: Mapped[int] = mapped_column(ForeignKey("writer.id"))
    writer: Mapped[Writer] = relationship(back_populates="articles")
    tags: Mapped[list["Tag"]] = relationship(secondary=article_tag)

    def __repr__(self):
        return f"Article({self.title!r})"


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(20))
