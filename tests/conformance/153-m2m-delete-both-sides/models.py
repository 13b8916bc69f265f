from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, Table
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()

doctor_clinic = Table(
    "doctor_clinic",
    Base.metadata,
    Column("doctor_id", ForeignKey("doctors.id"), primary_key=True),
    Column("clinic_id", ForeignKey("clinics.id"), primary_key=True),
)


class Doctor(Base):
    __tablename__ = "doctors"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    clinics = relationship("Clinic", secondary=doctor_clinic, back_populates="doctors")


class Clinic(Base):
    __tablename__ = "clinics"
    id = Column(Integer, primary_key=True)
    town = Column(String(20))
    doctors = relationship("Doctor", secondary=doctor_clinic, back_populates="clinics")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
