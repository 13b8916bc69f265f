from sqlalchemy import create_engine, Column, Integer, String, Float, select, func, inspect
from sqlalchemy.orm import declarative_base, Session, make_transient, make_transient_to_detached

Base = declarative_base()


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    name = Column(String(30), nullable=False)
    price = Column(Float, default=1.0)

    def __repr__(self):
        return f"Item({self.id}, {self.name!r}, {self.price})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
