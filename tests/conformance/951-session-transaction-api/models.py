from sqlalchemy import Column, ForeignKey, Integer, String, create_engine
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    code = Column(String, unique=True, nullable=False)
    lines = relationship("Line", back_populates="order", cascade="all, delete-orphan")
    notes = relationship("Note", backref="order")


class Line(Base):
    __tablename__ = "lines"
    id = Column(Integer, primary_key=True)
    order_id = Column(Integer, ForeignKey("orders.id"))
    sku = Column(String)
    order = relationship("Order", back_populates="lines")
    comments = relationship("Comment", backref="line")


class Comment(Base):
    __tablename__ = "comments"
    id = Column(Integer, primary_key=True)
    line_id = Column(Integer, ForeignKey("lines.id"))
    body = Column(String)


class Note(Base):
    __tablename__ = "notes"
    id = Column(Integer, primary_key=True)
    order_id = Column(Integer, ForeignKey("orders.id"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
