from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Citizen(Base):
    __tablename__ = "citizens"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    passport = relationship("Passport", back_populates="holder", uselist=False, cascade="all, delete-orphan")


class Passport(Base):
    __tablename__ = "passports"
    id = Column(Integer, primary_key=True)
    number = Column(String(10), unique=True)
    holder_id = Column(Integer, ForeignKey("citizens.id"), nullable=False)
    holder = relationship("Citizen", back_populates="passport")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
