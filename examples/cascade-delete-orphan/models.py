from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import relationship, declarative_base, sessionmaker

Base = declarative_base()


class Patient(Base):
    __tablename__ = "patients"
    id = Column(Integer, primary_key=True)
    name = Column(String)

    # visits belong to their patient: deleted with it, and deleted when removed from the list
    visits = relationship("Visit", back_populates="patient", cascade="all, delete-orphan")
    # notes use the default cascade: they survive, with patient_id set to NULL
    notes = relationship("Note", back_populates="patient")


class Visit(Base):
    __tablename__ = "visits"
    id = Column(Integer, primary_key=True)
    reason = Column(String)
    patient_id = Column(Integer, ForeignKey("patients.id"))
    patient = relationship("Patient", back_populates="visits")


class Note(Base):
    __tablename__ = "notes"
    id = Column(Integer, primary_key=True)
    text = Column(String)
    patient_id = Column(Integer, ForeignKey("patients.id"))
    patient = relationship("Patient", back_populates="notes")


engine = create_engine("sqlite:///:memory:")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
session = Session()
