from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

engine = create_engine("sqlite:///:memory:", echo=True)
SessionLocal = sessionmaker(autocommit=False, autoflush=False, bind=engine)
Base = declarative_base()


class Household(Base):
    __tablename__ = "households"
    id = Column(Integer, primary_key=True, index=True)
    surname = Column(String, index=True)
    members = relationship("Person", back_populates="household", cascade="all, delete-orphan")


class Person(Base):
    __tablename__ = "people"
    id = Column(Integer, primary_key=True, index=True)
    first = Column(String)
    age = Column(Integer)
    household_id = Column(Integer, ForeignKey("households.id"))
    household = relationship("Household", back_populates="members")


Base.metadata.create_all(bind=engine)
