from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Invoice(Base):
    __tablename__ = "invoices"
    id = Column(Integer, primary_key=True)
    number = Column(String(20))
    lines = relationship("Line", back_populates="invoice")


class Line(Base):
    __tablename__ = "lines"
    id = Column(Integer, primary_key=True)
    text = Column(String(30))
    invoice_id = Column(Integer, ForeignKey("invoices.id"), nullable=False)
    invoice = relationship("Invoice", back_populates="lines")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
