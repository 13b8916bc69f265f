from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, select
from sqlalchemy.ext.associationproxy import association_proxy
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    user_tags: Mapped[list["UserTag"]] = relationship(cascade="all, delete-orphan", back_populates="user")
    tags = association_proxy("user_tags", "tag")
    tag_names = association_proxy("user_tags", "tag_name")
    city_id: Mapped[Optional[int]] = mapped_column(ForeignKey("city.id"))
    city: Mapped[Optional["City"]] = relationship()
    city_name = association_proxy("city", "name")


class UserTag(Base):
    __tablename__ = "user_tag"
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id"), primary_key=True)
    user: Mapped[User] = relationship(back_populates="user_tags")
    tag: Mapped["Tag"] = relationship()
    tag_name = association_proxy("tag", "name")

    def __init__(self, tag=None, **kw):
        super().__init__(tag=tag, **kw)


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))

    def __repr__(self):
        return f"#{self.name}"


class City(Base):
    __tablename__ = "city"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
