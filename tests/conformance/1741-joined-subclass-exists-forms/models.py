from typing import Optional
from sqlalchemy import create_engine, String, select, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship


class Base(DeclarativeBase):
    pass


class Shop(Base):
    __tablename__ = "shop"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    books: Mapped[list["Book"]] = relationship(viewonly=True)


class Item(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10))
    shop_id: Mapped[Optional[int]] = mapped_column(ForeignKey("shop.id"))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "item"}

    def __repr__(self):
        return f"{type(self).__name__}({self.title})"


class Book(Item):
    __tablename__ = "book"
    id: Mapped[int] = mapped_column(ForeignKey("item.id"), primary_key=True)
    pages: Mapped[int]
    sequel_of_id: Mapped[Optional[int]] = mapped_column(ForeignKey("book.id"))
    __mapper_args__ = {"polymorphic_identity": "book"}


class Review(Base):
    __tablename__ = "review"
    id: Mapped[int] = mapped_column(primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("book.id"))
    stars: Mapped[int]
    book: Mapped[Book] = relationship()


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
