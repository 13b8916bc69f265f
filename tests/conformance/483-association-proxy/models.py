from typing import List, Optional, Set
from sqlalchemy import Column, ForeignKey, Integer, String, Table, create_engine, select
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.ext.associationproxy import association_proxy, AssociationProxy
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


user_keyword = Table(
    "user_keyword", Base.metadata,
    Column("user_id", ForeignKey("user.id"), primary_key=True),
    Column("keyword_id", ForeignKey("keyword.id"), primary_key=True),
)


class User(Base):
    __tablename__ = "user"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    kw: Mapped[List["Keyword"]] = relationship(secondary=user_keyword)
    keywords: AssociationProxy[List[str]] = association_proxy("kw", "keyword")
    tag_set: Mapped[List["Tag"]] = relationship(back_populates="user")
    tags = association_proxy("tag_set", "label", creator=lambda label: Tag(label=label.upper()))
    address_id: Mapped[Optional[int]] = mapped_column(ForeignKey("address.id"))
    address: Mapped[Optional["Address"]] = relationship()
    city = association_proxy("address", "city", creator=lambda city: Address(city=city))

    def __repr__(self):
        return f"User({self.name!r})"


class Keyword(Base):
    __tablename__ = "keyword"
    id: Mapped[int] = mapped_column(primary_key=True)
    keyword: Mapped[str] = mapped_column(String(64))

    def __init__(self, keyword: str):
        self.keyword = keyword

    def __repr__(self):
        return f"Keyword({self.keyword!r})"


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    label: Mapped[str] = mapped_column(String(20))
    user: Mapped[User] = relationship(back_populates="tag_set")


class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    city: Mapped[str] = mapped_column(String(20))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
