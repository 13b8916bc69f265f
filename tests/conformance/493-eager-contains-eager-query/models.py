from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, Table, select
from sqlalchemy.orm import (declarative_base, relationship, Session, joinedload, selectinload, subqueryload,
                            contains_eager, lazyload, noload, raiseload, immediateload, defaultload, Load)

Base = declarative_base()

shelf_tags = Table(
    "shelf_tags", Base.metadata,
    Column("shelf_id", ForeignKey("shelves.id"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id"), primary_key=True),
)


class Shelf(Base):
    __tablename__ = "shelves"
    id = Column(Integer, primary_key=True)
    label = Column(String(30))
    boxes = relationship("Box", back_populates="shelf", order_by="Box.code")
    tags = relationship("Tag", secondary=shelf_tags, order_by="Tag.word")


class Tag(Base):
    __tablename__ = "tags"
    id = Column(Integer, primary_key=True)
    word = Column(String(20))


class Box(Base):
    __tablename__ = "boxes"
    id = Column(Integer, primary_key=True)
    code = Column(String(10))
    shelf_id = Column(Integer, ForeignKey("shelves.id"))
    shelf = relationship("Shelf", back_populates="boxes")
    items = relationship("Item", back_populates="box", order_by="Item.name")


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    box_id = Column(Integer, ForeignKey("boxes.id"))
    box = relationship("Box", back_populates="items")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    red, blue, old = Tag(word="red"), Tag(word="blue"), Tag(word="old")
    s.add_all([
        Shelf(label="top", tags=[red, old], boxes=[
            Box(code="B2", items=[Item(name="nails"), Item(name="glue")]),
            Box(code="A1", items=[Item(name="tape")]),
        ]),
        Shelf(label="middle", tags=[blue], boxes=[Box(code="C3")]),
        Shelf(label="bottom"),
    ])
    s.add(Box(code="Z9", items=[Item(name="loose")]))
    s.commit()
