from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session
from sqlalchemy.orm.collections import attribute_mapped_collection, column_mapped_collection
from sqlalchemy.orm import attribute_keyed_dict, column_keyed_dict, keyfunc_mapping

Base = declarative_base()


class Note(Base):
    __tablename__ = "notes"
    id = Column(Integer, primary_key=True)
    item_id = Column(Integer, ForeignKey("items.id"), nullable=False)
    keyword = Column(String(20), nullable=False)
    text = Column(String(100))

    def __init__(self, keyword, text):
        self.keyword = keyword
        self.text = text

    def __repr__(self):
        return "Note(%r, %r)" % (self.keyword, self.text)


class Prop(Base):
    __tablename__ = "props"
    id = Column(Integer, primary_key=True)
    item_id = Column(Integer, ForeignKey("items.id"))
    key = Column(String(20))
    value = Column(String(20))


class Legacy(Base):
    __tablename__ = "legacy"
    id = Column(Integer, primary_key=True)
    item_id = Column(Integer, ForeignKey("items.id"))
    code = Column(String(10))


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    notes = relationship("Note", collection_class=attribute_keyed_dict("keyword"),
                         cascade="all, delete-orphan")
    props = relationship("Prop", collection_class=column_keyed_dict(Prop.__table__.c.key),
                         cascade="all, delete-orphan")
    legacy = relationship("Legacy", collection_class=attribute_mapped_collection("code"),
                          cascade="all, delete-orphan")
    byfirst = relationship("Note", collection_class=keyfunc_mapping(lambda n: n.text[0]),
                           viewonly=True)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
