from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, Boolean
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()
engine = create_engine("sqlite:///:memory:")
Session = sessionmaker(bind=engine)


class Patient(Base):
    __tablename__ = "patient"
    id = Column(Integer, primary_key=True)
    name = Column(String(50), nullable=False)
    conditions = relationship("Condition", backref="patient", cascade="all, delete-orphan")
    relatives = relationship("Relative", backref="patient")


class Condition(Base):
    __tablename__ = "condition"
    id = Column(Integer, primary_key=True)
    label = Column(String(50))
    chronic = Column(Boolean, default=False)
    patient_id = Column(Integer, ForeignKey("patient.id"))


class Relative(Base):
    __tablename__ = "relative"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    relation = Column(String(20))
    patient_id = Column(Integer, ForeignKey("patient.id"))


Base.metadata.create_all(engine)
