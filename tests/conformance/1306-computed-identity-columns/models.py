from sqlalchemy import create_engine, Column, Integer, Numeric, String, Computed, Identity, ForeignKey, MetaData, Table
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    items = relationship("Item", back_populates="order")


class Item(Base):
    __tablename__ = "item"
    id = Column(Integer, primary_key=True)
    order_id = Column(Integer, ForeignKey("orders.id"))
    name = Column(String(20))
    qty = Column(Integer, nullable=False)
    price = Column(Integer, nullable=False)
    total = Column(Integer, Computed("qty * price"))
    label = Column(String(40), Computed("upper(name) || ' x' || qty", persisted=True))
    order = relationship("Order", back_populates="items")

    def __repr__(self):
        return f"Item({self.name!r}, {self.qty}, {self.price}, {self.total}, {self.label!r})"


metadata = MetaData()
ticket = Table("ticket", metadata, Column("id", Integer, Identity(start=100, increment=5), primary_key=True), Column("title", String(30)))
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
metadata.create_all(engine)
