from typing import Dict
from typing import Optional

from sqlalchemy import create_engine, ForeignKey, select
from sqlalchemy.orm import attribute_keyed_dict, column_keyed_dict, keyfunc_mapping
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship, Session


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    keyword: Mapped[str]
    text: Mapped[Optional[str]]

    def __init__(self, keyword: str, text: str):
        self.keyword = keyword
        self.text = text

    def __repr__(self):
        return f"Note({self.keyword!r}, {self.text!r})"


class Item(Base):
    __tablename__ = "item"

    id: Mapped[int] = mapped_column(primary_key=True)

    notes: Mapped[Dict[str, "Note"]] = relationship(
        collection_class=attribute_keyed_dict("keyword"),
        cascade="all, delete-orphan",
    )
    by_column: Mapped[Dict[str, "Note"]] = relationship(
        collection_class=column_keyed_dict(Note.__table__.c.keyword),
        viewonly=True,
    )
    by_text: Mapped[Dict[str, "Note"]] = relationship(
        collection_class=keyfunc_mapping(lambda note: note.text[0:3]),
        viewonly=True,
    )


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
