from sqlalchemy import create_engine, Column, Integer, String, Float, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Patient(Base):
    __tablename__ = "patients"
    id = Column(Integer, primary_key=True)
    name = Column(String(40))
    age = Column(Integer)
    readings = relationship("Reading", back_populates="patient", order_by="Reading.id")

    def __repr__(self):
        return f"<Patient #{self.id} {self.name}, {self.age}>"

    def __str__(self):
        return self.name.upper()


class Reading(Base):
    __tablename__ = "readings"
    id = Column(Integer, primary_key=True)
    kind = Column(String(20))
    value = Column(Float)
    patient_id = Column(Integer, ForeignKey("patients.id"))
    patient = relationship("Patient", back_populates="readings")

    def __repr__(self):
        return "Reading(%s=%.1f)" % (self.kind, self.value)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
