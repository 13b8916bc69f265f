from sqlalchemy import create_engine, Column, Integer, String, Float, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Store(Base):
    __tablename__ = "stores"
    id = Column(Integer, primary_key=True)
    city = Column(String(20))
    sales = relationship("Sale", back_populates="store")

    @property
    def revenue(self):
        return sum(s.amount for s in self.sales)


class Sale(Base):
    __tablename__ = "sales"
    id = Column(Integer, primary_key=True)
    amount = Column(Float)
    store_id = Column(Integer, ForeignKey("stores.id"))
    store = relationship("Store", back_populates="sales")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
