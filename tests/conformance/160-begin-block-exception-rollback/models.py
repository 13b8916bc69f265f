from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Stock(Base):
    __tablename__ = "stock"
    id = Column(Integer, primary_key=True)
    item = Column(String(20), unique=True)
    qty = Column(Integer, nullable=False)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
