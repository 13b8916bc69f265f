from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Board(Base):
    __tablename__ = "boards"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    cards = relationship("Card", back_populates="board", cascade="all, delete-orphan", order_by="Card.position")


class Card(Base):
    __tablename__ = "cards"
    id = Column(Integer, primary_key=True)
    text = Column(String(30))
    position = Column(Integer)
    board_id = Column(Integer, ForeignKey("boards.id"))
    board = relationship("Board", back_populates="cards")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
