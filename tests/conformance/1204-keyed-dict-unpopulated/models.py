from typing import Dict
from sqlalchemy import create_engine, ForeignKey, String
from sqlalchemy.orm import column_keyed_dict, keyfunc_mapping, attribute_keyed_dict, DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    keyword: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(String(50), default="")
    item: Mapped["Item"] = relationship(back_populates="notes")

    def __repr__(self):
        return f"Note({self.keyword!r}, {self.text!r})"


class Item(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    notes: Mapped[Dict[str, Note]] = relationship(
        collection_class=column_keyed_dict(Note.__table__.c.keyword),
        back_populates="item",
        cascade="all, delete-orphan",
    )
    tags: Mapped[Dict[str, "Tag"]] = relationship(
        collection_class=keyfunc_mapping(lambda t: t.name.upper()),
        back_populates="item",
    )
    skipped: Mapped[Dict[str, "Other"]] = relationship(
        collection_class=attribute_keyed_dict("label", ignore_unpopulated_attribute=True),
        back_populates="item",
    )


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    name: Mapped[str]
    item: Mapped["Item"] = relationship(back_populates="tags")


class Other(Base):
    __tablename__ = "other"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    label: Mapped[str] = mapped_column(default="x")
    item: Mapped["Item"] = relationship(back_populates="skipped")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
