# inspect(Model) / Model.__mapper__: columns, column_attrs, relationships, primary key; to_dict helpers built on them
from sqlalchemy import create_engine, Column, Integer, String, Float, ForeignKey, Table, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, sessionmaker, backref


class Base(DeclarativeBase):
    pass


tags = Table(
    "item_tags",
    Base.metadata,
    Column("item_id", ForeignKey("items.id"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id"), primary_key=True),
)


class Shop(Base):
    __tablename__ = "shops"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    items = relationship("Item", back_populates="shop")


class Item(Base):
    __tablename__ = "items"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    price: Mapped[float] = mapped_column(Float)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id"))
    shop = relationship("Shop", back_populates="items")
    tags = relationship("Tag", secondary=tags, backref=backref("items"))

    def to_dict(self):
        return {c.key: getattr(self, c.key) for c in inspect(self).mapper.column_attrs}

    def as_dict(self):
        return {c.name: getattr(self, c.name) for c in self.__table__.columns}


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()
