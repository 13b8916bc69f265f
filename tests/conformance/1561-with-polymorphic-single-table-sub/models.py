from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, with_polymorphic


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    items: Mapped[list["Content"]] = relationship(back_populates="author", order_by="Content.id")


class Content(Base):
    __tablename__ = "content"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(50))
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    author: Mapped[Author] = relationship(back_populates="items")
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "content"}

    def render(self):
        return f"[{self.kind}] {self.title}"


class Article(Content):
    body: Mapped[Optional[str]] = mapped_column(String(200))
    __mapper_args__ = {"polymorphic_identity": "article"}

    def render(self):
        return super().render() + f" ({len(self.body or '')} chars)"


class Video(Content):
    seconds: Mapped[Optional[int]]
    __mapper_args__ = {"polymorphic_identity": "video"}

    def render(self):
        return super().render() + f" {self.seconds // 60}:{self.seconds % 60:02d}"


class Podcast(Video):
    host: Mapped[Optional[str]] = mapped_column(String(20))
    __mapper_args__ = {"polymorphic_identity": "podcast"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
