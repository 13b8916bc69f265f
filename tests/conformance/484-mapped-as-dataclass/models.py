import dataclasses
from typing import List, Optional
from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, MappedAsDataclass, Mapped, mapped_column, relationship, Session


class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Timestamped(MappedAsDataclass):
    note: Mapped[Optional[str]] = mapped_column(default=None, kw_only=True)


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(init=False, primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    rating: Mapped[int] = mapped_column(default=3, repr=False)
    books: Mapped[List["Book"]] = relationship(default_factory=list, back_populates="author")


class Book(Timestamped, Base):
    __tablename__ = "book"
    id: Mapped[int] = mapped_column(init=False, primary_key=True)
    title: Mapped[str]
    pages: Mapped[int] = mapped_column(default=100, compare=False)
    author_id: Mapped[Optional[int]] = mapped_column(ForeignKey("author.id"), default=None, init=False)
    author: Mapped[Optional[Author]] = relationship(default=None, back_populates="books", repr=False)


class KwBase(MappedAsDataclass, DeclarativeBase, kw_only=True, repr=False):
    pass


class Gadget(KwBase):
    __tablename__ = "gadget"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(default="x")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
KwBase.metadata.create_all(engine)
