from dataclasses import InitVar, field
from typing import List, Optional
from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column, registry, relationship

reg = registry()


@reg.mapped_as_dataclass(kw_only=True)
class Author:
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(init=False, primary_key=True)
    name: Mapped[str]
    books: Mapped[List["Book"]] = relationship(default_factory=list, back_populates="author")


@reg.mapped_as_dataclass
class Book:
    __tablename__ = "book"
    id: Mapped[int] = mapped_column(init=False, primary_key=True)
    title: Mapped[str]
    author_id: Mapped[Optional[int]] = mapped_column(ForeignKey("author.id"), init=False)
    author: Mapped[Optional[Author]] = relationship(default=None, back_populates="books")
    shout: InitVar[bool] = False

    def __post_init__(self, shout):
        if shout:
            self.title = self.title.upper()
